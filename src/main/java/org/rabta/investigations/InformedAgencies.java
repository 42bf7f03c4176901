package org.rabta.investigations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CaseEventType;
import org.rabta.cases.CasesApi;
import org.rabta.cases.TimelineSubject;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.notifications.Notice;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.notifications.Subject;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Inform the competent agency": an agency that cannot investigate (an NGO, a government department) brings a case
 * whose confirmed determination is trafficking or smuggling to a law-enforcement agency, once per agency. That agency's
 * supervisors are notified with a link to the case's referral summary (the need-to-know summary a referral sends,
 * never the record), which its caseworkers and supervisors then see ({@code cases.CaseRelationship.INFORMED_AGENCY})
 * and from which they register an investigation. The case's timeline and the audit trail record it. What the informed
 * agency then reads is {@link InformedCaseReads}'.
 */
@Service
@RequiredArgsConstructor
public class InformedAgencies {

    /** How long an informed agency sees the summary without an investigation naming the case. */
    static final Duration WINDOW = Duration.ofDays(90);

    /** The field of a refused choice of agency, as the API's body names it (the screen shows the refusal as a message). */
    static final String AGENCY = "agencyId";

    /** What a case's timeline entry about an informed agency is about. */
    static final TimelineSubject SUBJECT = new TimelineSubject("informed");

    private final InvestigationAccess access;
    private final CompetentAgencies competent;
    private final InformedRecords records;
    private final UserAccountService users;
    private final CasesApi cases;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

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
        List<InformedRecords.Row> rows = records.rows(victimCase.getId());
        Set<Long> informed = rows.stream().map(InformedRecords.Row::agencyId).collect(Collectors.toSet());
        List<Agency> open = candidates.stream().filter(agency -> !informed.contains(agency.getId())).toList();
        Long proposedAgency = competent.propose(victimCase, proposed.get(), open).map(Agency::getId).orElse(null);
        // The proposal first, the others by name.
        open = Stream.concat(open.stream().filter(agency -> agency.getId().equals(proposedAgency)),
                open.stream().filter(agency -> !agency.getId().equals(proposedAgency))).toList();
        boolean areaCovered = proposedAgency != null || competent.propose(victimCase, proposed.get(), candidates).isPresent();
        return Optional.of(new InformOffer(victimCase.getCaseNumber(), proposed.get(),
                open, proposedAgency, areaCovered,
                records.entries(rows)));
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
        Long id = records.insert(user, victimCase, agencyId, proposed, now).orElse(null);
        if (id == null) {
            throw new BusinessRuleException("investigations.inform.already");
        }
        events.publishEvent(new CaseActivity(user, victimCase.getCaseNumber(), CaseEventType.AGENCY_INFORMED, null, SUBJECT.of(id),
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

    /** Who hears of it: the agency's active supervisors, or its caseworkers when it has none (it must not go unheard). */
    private Collection<UserAccount> recipients(long agencyId) {
        List<UserAccount> supervisors = users.activeUsersOfAgency(agencyId, Role.SUPERVISOR);
        return supervisors.isEmpty() ? users.activeUsersOfAgency(agencyId, Role.CASEWORKER) : supervisors;
    }
}
