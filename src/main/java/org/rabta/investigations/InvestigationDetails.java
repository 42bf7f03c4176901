package org.rabta.investigations;

import java.time.LocalDate;
import java.util.Set;

/** What registering or updating an investigation sets, after validation. */
record InvestigationDetails(String firNumber, LocalDate registeredOn, String districtCode, Set<Offence> offences,
                            String investigatingOfficer) {
}
