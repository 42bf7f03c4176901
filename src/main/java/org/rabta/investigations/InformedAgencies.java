package org.rabta.investigations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CasePart;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PersonSummary;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.notifications.Notice;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.notifications.Subject;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Inform the competent agency": an agency that cannot investigate (an NGO, a government department) brings a case
 * whose confirmed determination is trafficking or smuggling to a law-enforcement agency, once per agency. That agency's
 * supervisors are notified with a link to the case's referral summary (the need-to-know summary a referral sends,
 * never the record), which its caseworkers and supervisors then see ({@code cases.CaseRelationship.INFORMED_AGENCY})
 * and from which they register an investigation. The case's timeline and the audit trail record it.
 */
@Service
@RequiredArgsConstructor
public class InformedAgencies {

    /** How long an informed agency sees the summary without an investigation naming the case. */
    static final Duration WINDOW = Duration.ofDays(90);

    /** The field of a refused choice of agency, as the API's body names it (the screen shows the refusal as a message). */
    static final String AGENCY = "agencyId";

    private final InvestigationAccess access;
    private final CompetentAgencies competent;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final CasesApi cases;
    private final CaseAccessPolicy policy;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** How a case's timeline entry names the record it is about. */
    static String subject(long informedId) {
        return "informed:" + informedId;
    }

    /** Whether the user works for an agency that informs rather than investigates (the navigation's cached type). */
    boolean informs(RabtaUser user) {
        return user != null && (user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR)) && !access.showsLink(user);
    }

    /**
     * For the case page of the owning agency, whose read was audited: the agencies to inform and those informed; empty
     * for law enforcement (which registers an investigation instead) and without a confirmed trafficking or smuggling
     * determination.
     */
    @Transactional(readOnly = true)
    public Optional<InformOffer> offer(RabtaUser user, VictimCase victimCase) {
        Optional<Offence> proposed = InvestigationOffers.proposal(victimCase.getConfirmedDetermination());
        if (!informs(user) || proposed.isEmpty()) {
            return Optional.empty();
        }
        List<Agency> candidates = competent.lawEnforcement();
        List<Row> rows = rows(victimCase.getId());
        Set<Long> informed = rows.stream().map(Row::agencyId).collect(Collectors.toSet());
        List<Agency> open = candidates.stream().filter(agency -> !informed.contains(agency.getId())).toList();
        Long proposedAgency = competent.propose(victimCase, proposed.get(), open).map(Agency::getId).orElse(null);
        // The proposal first, the others by name.
        open = Stream.concat(open.stream().filter(agency -> agency.getId().equals(proposedAgency)),
                open.stream().filter(agency -> !agency.getId().equals(proposedAgency))).toList();
        boolean areaCovered = proposedAgency != null || competent.propose(victimCase, proposed.get(), candidates).isPresent();
        return Optional.of(new InformOffer(victimCase.getCaseNumber(), proposed.get(),
                open, proposedAgency, areaCovered,
                entries(rows)));
    }

    /** The same offer for the API, with the read of the whole case (audited, as the case page's) in one transaction. */
    @Transactional
    public Optional<InformOffer> offer(RabtaUser user, String caseNumber) {
        return offer(user, cases.get(user, caseNumber));
    }

    /**
     * Informs a law-enforcement agency of the case; answers the record's id. The caller has read the case for the user
     * ({@code CasesApi.get}: the owning agency, audited). A broken rule when the user's agency investigates itself,
     * when the case has no confirmed trafficking or smuggling determination, or when the agency was informed before; a
     * field error when no agency is chosen or the one chosen is not an active FIA circle or police agency.
     */
    @Transactional
    public long inform(RabtaUser user, VictimCase victimCase, Long agencyId) {
        if (!informs(user)) {
            throw new BusinessRuleException("investigations.inform.investigatesItself");
        }
        Offence proposed = InvestigationOffers.proposal(victimCase.getConfirmedDetermination())
                .orElseThrow(() -> new BusinessRuleException("investigations.offer.none"));
        Agency agency = lawEnforcementAgency(agencyId);
        Instant now = clock.instant();
        Long id = jdbc.sql("""
                        insert into case_agency_informed (case_id, agency_id, determination, proposed_offence,
                                                          informed_by_agency_id, informed_by, informed_at)
                        values (:caseId, :agencyId, :determination, :offence, :by_agency, :by, :at)
                        on conflict do nothing returning id""")
                .param("caseId", victimCase.getId()).param("agencyId", agencyId)
                .param("determination", victimCase.getConfirmedDetermination()).param("offence", proposed.name())
                .param("by_agency", user.agencyId()).param("by", user.username()).param("at", Timestamp.from(now))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new BusinessRuleException("investigations.inform.already");
        }
        events.publishEvent(new CaseActivity(user, victimCase.getCaseNumber(), CaseEventType.AGENCY_INFORMED, null, subject(id),
                AuditRecord.forCase(InvestigationAuditAction.COMPETENT_AGENCY_INFORMED, victimCase.getCaseNumber(),
                        agency.getCode())));
        notifications.notify(new Notice(NotificationKind.AGENCY_INFORMED, Subject.CASE_INFORMED, id,
                "/cases/" + victimCase.getCaseNumber() + "/informed", victimCase.getCaseNumber(),
                "investigations.offence." + proposed.name(), now), recipients(agencyId));
        return id;
    }

    /**
     * The agency chosen, among those the offer lists (an active FIA circle or police agency); anything else, an unknown
     * id included, is a mistake in that field, not a lookup of a record out of reach.
     */
    private Agency lawEnforcementAgency(Long agencyId) {
        if (agencyId == null) {
            throw InvalidInputException.of(AGENCY, "investigations.inform.chooseAgency");
        }
        return competent.lawEnforcement().stream().filter(agency -> agency.getId().equals(agencyId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(AGENCY, "investigations.inform.notLawEnforcement"));
    }

    /**
     * The page an informed agency opens from its notice, which the owning agency sees too: the case's referral summary
     * (an audited read), who informed whom and when, and what the reader's agency has registered since. Anyone else,
     * and the informed agency once its access has ended, is told the case is "not found".
     */
    @Transactional
    public InformedCase view(RabtaUser user, String caseNumber) {
        boolean staff = user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR);
        Long owner = jdbc.sql("select owning_agency_id from victim_case where case_number = :n").param("n", caseNumber)
                .query(Long.class).optional().orElse(null);
        if (!staff || owner == null) {
            throw new RecordNotFoundException("Case", caseNumber);
        }
        List<Row> rows = List.of();
        boolean owning = owner == user.agencyId();
        if (!owning) {
            // Only the agency's own notice: another agency informed of the same case is none of its business.
            rows = rowsOfCaseNumber(caseNumber).stream().filter(row -> row.agencyId() == user.agencyId()).toList();
            if (rows.isEmpty()) {
                throw new RecordNotFoundException("Case", caseNumber);
            }
        }
        VictimCase summary = cases.referralSummary(user, caseNumber, owning ? "agencies informed" : "informed of the case");
        if (owning) {
            rows = rows(summary.getId());
        }
        Offence proposed = InvestigationOffers.proposal(summary.getConfirmedDetermination()).orElse(null);
        List<InvestigationOffer.Linked> registered = access.mayInvestigate(user) ? linked(summary.getId(), user.agencyId()) : List.of();
        return new InformedCase(PersonSummary.of(summary), summary.getConfirmedDetermination(), agencies.agency(owner), proposed,
                entries(rows), registered, !owning && proposed != null && access.mayInvestigate(user));
    }

    /**
     * Of these cases, those another agency informed the user's agency of and whose summary it still sees
     * ({@code cases.CaseRelationship.INFORMED_AGENCY}), by id: for an investigation's page, which names them as far
     * as their summary goes. Each is an audited read.
     */
    @Transactional
    public Map<Long, VictimCase> summaries(RabtaUser user, List<Long> caseIds, String purpose) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<String> numbers = jdbc.sql("""
                        select c.case_number from case_agency_informed f join victim_case c on c.id = f.case_id
                        where f.agency_id = :agency and f.case_id in (:ids) order by c.id""")
                .param("agency", user.agencyId()).param("ids", caseIds).query(String.class).list();
        Map<Long, VictimCase> found = new HashMap<>();
        for (String number : numbers) {
            if (seesSummary(user, number)) {
                VictimCase summary = cases.referralSummary(user, number, purpose);
                found.put(summary.getId(), summary);
            }
        }
        return found;
    }

    /** Whether the user's agency was informed of the case and still sees its summary. Not audited. */
    boolean informedOf(RabtaUser user, String caseNumber) {
        return caseNumber != null && jdbc.sql("""
                        select exists (select 1 from case_agency_informed f join victim_case c on c.id = f.case_id
                                       where f.agency_id = :agency and c.case_number = :n)""")
                .param("agency", user.agencyId()).param("n", caseNumber).query(Boolean.class).single()
                && seesSummary(user, caseNumber);
    }

    /** The policy alone: no audit, and no "not found" thrown to mark the transaction for rollback. */
    private boolean seesSummary(RabtaUser user, String caseNumber) {
        return policy.may(user, caseNumber, CasePart.REFERRAL_SUMMARY);
    }

    /** Who hears of it: the agency's active supervisors, or its caseworkers when it has none (it must not go unheard). */
    private Collection<UserAccount> recipients(long agencyId) {
        List<UserAccount> supervisors = users.activeUsersOfAgency(agencyId, Role.SUPERVISOR);
        return supervisors.isEmpty() ? users.activeUsersOfAgency(agencyId, Role.CASEWORKER) : supervisors;
    }

    private List<InvestigationOffer.Linked> linked(long caseId, long agencyId) {
        return jdbc.sql("""
                        select i.id, i.fir_number from investigation_victim v join investigation i on i.id = v.investigation_id
                        where v.case_id = :caseId and i.registering_agency_id = :agencyId order by i.registered_on, i.id""")
                .param("caseId", caseId).param("agencyId", agencyId)
                .query((rs, row) -> new InvestigationOffer.Linked(rs.getLong("id"), rs.getString("fir_number"))).list();
    }

    private record Row(long id, long agencyId, long byAgencyId, String by, Instant at) {
    }

    private List<Row> rows(long caseId) {
        return jdbc.sql("""
                        select id, agency_id, informed_by_agency_id, informed_by, informed_at from case_agency_informed
                        where case_id = :caseId order by informed_at, id""")
                .param("caseId", caseId).query(this::row).list();
    }

    private List<Row> rowsOfCaseNumber(String caseNumber) {
        return jdbc.sql("""
                        select f.id, f.agency_id, f.informed_by_agency_id, f.informed_by, f.informed_at from case_agency_informed f
                        join victim_case c on c.id = f.case_id where c.case_number = :n order by f.informed_at, f.id""")
                .param("n", caseNumber).query(this::row).list();
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("informed_by_agency_id"), rs.getString("informed_by"),
                rs.getTimestamp("informed_at").toInstant());
    }

    private List<InformedCase.Entry> entries(List<Row> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> {
            ids.add(row.agencyId());
            ids.add(row.byAgencyId());
        });
        Map<Long, Agency> named = agencies.agencies(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Agency::getId, Function.identity()));
        return rows.stream().map(row -> new InformedCase.Entry(row.id(), named.get(row.agencyId()), named.get(row.byAgencyId()),
                users.fullName(row.by()).orElse(row.by()), row.at())).toList();
    }
}
