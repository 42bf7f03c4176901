package org.rabta.investigations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.VictimCase;
import org.rabta.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link from screening to investigation: a case whose confirmed determination is trafficking proposes an
 * investigation under PTPA s.3, smuggling under PSMA s.3 (the case keeps the name of its latest confirmed outcome). The
 * owning law-enforcement agency registers one from the proposal, or declines it with a reason.
 */
@Service
@RequiredArgsConstructor
public class InvestigationOffers {

    static final int REASON_LENGTH = 1000;

    /** Outcome names of the screening engine, as {@code victim_case.confirmed_determination} holds them. */
    private static final Map<String, Offence> PROPOSALS = Map.of(
            "TRAFFICKING", Offence.PTPA_2018_S3, "SMUGGLED_AND_TRAFFICKED", Offence.PTPA_2018_S3,
            "SMUGGLING", Offence.PSMA_2018_S3, "VULNERABLE_SMUGGLED_MIGRANT", Offence.PSMA_2018_S3);

    private final InvestigationAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    static Optional<Offence> proposal(String determination) {
        return Optional.ofNullable(determination).map(PROPOSALS::get);
    }

    /** For the case page, whose read was audited; empty for users outside law enforcement. */
    @Transactional(readOnly = true)
    public Optional<InvestigationOffer> offer(RabtaUser user, VictimCase victimCase) {
        if (!access.showsLink(user)) {
            return Optional.empty();
        }
        Offence proposed = proposal(victimCase.getConfirmedDetermination()).orElse(null);
        List<InvestigationOffer.Linked> linked = jdbc.sql("""
                        select i.id, i.fir_number from investigation_victim v join investigation i on i.id = v.investigation_id
                        where v.case_id = :caseId and i.registering_agency_id = :agencyId order by i.registered_on, i.id""")
                .param("caseId", victimCase.getId()).param("agencyId", user.agencyId())
                .query((rs, row) -> new InvestigationOffer.Linked(rs.getLong("id"), rs.getString("fir_number"))).list();
        InvestigationOffer.Declined declined = proposed == null ? null : jdbc.sql("""
                        select reason, declined_by, declined_at from investigation_offer_declined
                        where case_id = :caseId and agency_id = :agencyId and determination = :determination""")
                .param("caseId", victimCase.getId()).param("agencyId", user.agencyId())
                .param("determination", victimCase.getConfirmedDetermination())
                .query((rs, row) -> new InvestigationOffer.Declined(rs.getString("reason"), rs.getString("declined_by"),
                        rs.getTimestamp("declined_at").toInstant()))
                .optional().orElse(null);
        return Optional.of(new InvestigationOffer(victimCase.getCaseNumber(), proposed, linked, declined));
    }

    /**
     * Declines the proposal for the case's current determination, with the reason (required). The caller has read the
     * case for the user ({@code CasesApi.get}: the owning agency, audited).
     */
    @Transactional
    public void decline(RabtaUser user, VictimCase victimCase, String reason) {
        access.requireInvestigator(user);
        InvestigationInput input = new InvestigationInput(clock.instant().atZone(clock.getZone()).toLocalDate());
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            input.reject("reason", "cases.error.required");
        } else if (given.length() > REASON_LENGTH) {
            input.reject("reason", "cases.error.tooLong", REASON_LENGTH);
        }
        input.throwIfAny();
        if (proposal(victimCase.getConfirmedDetermination()).isEmpty()) {
            throw new BusinessRuleException("investigations.offer.none");
        }
        int inserted = jdbc.sql("""
                        insert into investigation_offer_declined (case_id, agency_id, determination, reason, declined_by, declined_at)
                        values (:caseId, :agencyId, :determination, :reason, :by, :at) on conflict do nothing""")
                .param("caseId", victimCase.getId()).param("agencyId", user.agencyId())
                .param("determination", victimCase.getConfirmedDetermination()).param("reason", given)
                .param("by", user.username()).param("at", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new BusinessRuleException("investigations.offer.alreadyDeclined");
        }
        audit.record(AuditRecord.forCase(InvestigationAuditAction.INVESTIGATION_OFFER_DECLINED,
                victimCase.getCaseNumber(), given));
    }
}
