package org.rabta.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may ask of victim cases, and all they may ask: read a case under {@link CaseAccessPolicy}'s
 * rule for what they show of it (whole, as a referral summary, pseudonymised), know which cases a user may list or
 * export, register and list cases (the demo data), and keep the confirmed screening outcome on the case. Every read here is audited, except where a method says
 * the caller audits. The timeline hears other features through {@link CaseActivity} events, not through this class;
 * the screens and API of this package use its services ({@link CaseRegistration}, {@link CaseQueries}, ...) directly.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CasesApi {

    private final CaseQueries queries;
    private final CaseRegistration registration;
    private final CaseSearch search;
    private final CaseRepository cases;
    private final CaseAccessPolicy policy;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    /** The whole of one case, for a feature acting on it for its owning agency. An audited read. */
    @Transactional
    public VictimCase get(RabtaUser user, String caseNumber) {
        return queries.get(user, caseNumber);
    }

    /**
     * A case for a referral's page, where the receiving agency sees only the {@link CasePart#REFERRAL_SUMMARY}: the
     * caller shows no more of the case than that part names. An audited read.
     */
    @Transactional
    public VictimCase referralSummary(RabtaUser user, String caseNumber, String purpose) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.REFERRAL_SUMMARY);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_SUMMARY_VIEWED, caseNumber, purpose));
        return victimCase;
    }

    /** Whether the user may read the whole case (the case page's rule, not audited). */
    public boolean canRead(RabtaUser user, String caseNumber) {
        return policy.may(user, caseNumber, CasePart.FULL);
    }

    /**
     * For features that link cases to their own records (an investigation's victims): of these cases, those the
     * user may read whole ({@link CasePart#FULL}), in the order of the ids given; the read of those is audited. The
     * others are left out, so that nothing of them shows.
     */
    @Transactional
    public List<VictimCase> readableAmong(RabtaUser user, List<Long> caseIds, String purpose) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, VictimCase> found = new HashMap<>();
        cases.findByIdIn(caseIds).forEach(victimCase -> found.put(victimCase.getId(), victimCase));
        List<VictimCase> readable = caseIds.stream().map(found::get)
                .filter(victimCase -> victimCase != null && policy.may(user, victimCase, CasePart.FULL)).toList();
        audit.recordRead(BulkRead.of(CaseAuditAction.LINKED_CASES_VIEWED, purpose, null),
                readable.stream().map(VictimCase::getCaseNumber).toList());
        return readable;
    }

    /**
     * Pseudonymised summaries for features whose users see cases only by jurisdiction (committees), by case number,
     * of those that exist: the caller decides whether each is within its user's reach (the district and province are
     * returned for that). Every summary handed out is an audited read; one query whatever their number.
     */
    @Transactional
    public Map<String, PseudonymisedCase> pseudonymised(Collection<String> caseNumbers, String purpose) {
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
        audit.recordRead(BulkRead.of(CaseAuditAction.CASE_SUMMARIES_VIEWED, purpose, null),
                found.stream().map(PseudonymisedCase::caseNumber).toList());
        return found.stream().collect(Collectors.toMap(PseudonymisedCase::caseNumber, Function.identity()));
    }

    /**
     * For exports: which cases the user may see with the filter, as a SQL condition (the same rule as the list).
     * Not audited here: the exporting feature audits the export with its row count.
     */
    public ReadableCases readableCases(RabtaUser user, CaseFilter filter) {
        CaseAccessPolicy.requireCaseRole(user);
        return search.readable(user.agencyId(), filter);
    }

    /** A page of the cases the user may see: an audited read, with the filter and every case on the page. */
    @Transactional
    public CaseList list(RabtaUser user, CaseFilter filter) {
        return queries.list(user, filter);
    }

    /** Registers a case for the user's agency, under the rules of the screens. */
    @Transactional
    public VictimCase register(RabtaUser user, CaseForm form) {
        return registration.register(user, form);
    }

    /**
     * For the screening feature: stores the outcome name of the case's latest confirmed screening on the case row,
     * where the case list filters on it and statistics count it. The caller has checked access and audits the
     * confirmation. Written with SQL, leaving the case's version alone (see {@link VictimCase#getConfirmedDetermination}).
     */
    @Transactional
    public void recordConfirmedDetermination(String caseNumber, String outcomeName) {
        int updated = jdbc.sql("update victim_case set confirmed_determination = :outcome where case_number = :caseNumber")
                .param("outcome", outcomeName).param("caseNumber", caseNumber).update();
        if (updated == 0) {
            throw new RecordNotFoundException("Case", caseNumber);
        }
    }
}
