package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;

/**
 * Registering ({@code POST}) or updating ({@code PUT}, with {@code version}; {@code caseNumbers} and {@code accused}
 * are then ignored: they are added one at a time) an investigation. The victims named by {@code caseNumbers} are linked
 * as complainants.
 */
public record InvestigationRequest(String firNumber, LocalDate registeredOn, String districtCode, List<Offence> offences,
                            String investigatingOfficer, List<String> caseNumbers, List<AccusedRequest> accused,
                            Long version) {

    public InvestigationRequest {
        offences = offences == null ? List.of() : offences;
        caseNumbers = caseNumbers == null ? List.of() : caseNumbers;
        accused = accused == null ? List.of() : accused;
    }
}
