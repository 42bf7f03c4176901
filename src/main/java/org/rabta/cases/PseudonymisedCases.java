package org.rabta.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rabta.audit.BulkRead;
import org.rabta.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymised case summaries for features whose users see cases only by jurisdiction (committees). The caller
 * decides whether the summary is within its user's reach (the district and province are returned for that);
 * every summary handed out is an audited read.
 */
@Service
public class PseudonymisedCases {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PseudonymisedCases(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The summaries of the given case numbers that exist, by case number; one query whatever their number. */
    @Transactional
    public Map<String, PseudonymisedCase> summaries(Collection<String> caseNumbers, String purpose) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        List<PseudonymisedCase> found = jdbc.sql("""
                        select case_number, sex, age_years, district_code, province_code
                        from victim_case where case_number in (:numbers)""")
                .param("numbers", List.copyOf(caseNumbers))
                .query((rs, row) -> new PseudonymisedCase(rs.getString("case_number"), Sex.valueOf(rs.getString("sex")),
                        AgeBand.of((Integer) rs.getObject("age_years")), rs.getString("district_code"),
                        rs.getString("province_code")))
                .list();
        audit.recordRead(BulkRead.of("CASE_SUMMARIES_VIEWED", purpose, null), found.stream().map(PseudonymisedCase::caseNumber).toList());
        return found.stream().collect(Collectors.toMap(PseudonymisedCase::caseNumber, Function.identity()));
    }
}
