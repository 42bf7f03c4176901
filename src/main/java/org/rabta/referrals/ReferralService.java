package org.rabta.referrals;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.cases.CaseActivity;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Consent;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.PersonSummary;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.directory.Eligibility;
import org.rabta.directory.ServiceDirectory;
import org.rabta.directory.ServiceListing;
import org.rabta.directory.ServiceType;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: making them from a case (consent gate, provider choice), their state machine, the referral page and
 * the inbox of both sides. Access: the sending agency's caseworkers and supervisors always; the receiving agency's
 * once sent, until {@link Referral#receiverAccessEnds()}; anyone else gets "not found". Every move
 * is a timeline event on the referral and on the case, and is audited; so is every view.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReferralService {

    /**
     * How long after a referral ends the receiving agency may still read it and its limited case view; none after a
     * withdrawal before acceptance ({@link Referral#receiverAccessEnds()}).
     */
    public static final Duration RECEIVER_WINDOW = Duration.ofDays(90);
    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 1000;

    private final ReferralRepository referrals;
    private final ReferralTimeline timeline;
    private final CasesApi cases;
    private final AgencyService agencies;
    private final ServiceDirectory directory;
    private final UserAccountService users;
    private final NotificationService notifications;
    private final ReferralInboxCounter inbox;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // ------------------------------------------------------------------ making a referral

    /** The case a referral is made from: the user's agency must own it. An audited read. */
    @Transactional
    public VictimCase caseToRefer(RabtaUser user, String caseNumber) {
        requireStaff(user);
        return cases.get(user, caseNumber);
    }

    /**
     * Consent to referral as the case records it: the person's own, and for a child also who consented on the
     * child's behalf (a parent, guardian or the child protection authority).
     */
    public boolean consentRecorded(VictimCase victimCase) {
        Consent consent = victimCase.getConsent();
        return consent.getReferral() == ConsentStatus.GIVEN
                && (!Boolean.TRUE.equals(victimCase.isChild()) || consent.getOnBehalfOf() != null && !consent.getOnBehalfOf().isBlank());
    }

    /**
     * Providers of a service for the case: other active agencies offering it to someone like this person. Those
     * offering it in the case's district come first; when there is none, those elsewhere in the province, then
     * in other provinces (each marked by its {@link ServiceListing.Reach}).
     */
    public List<ProviderOption> providers(VictimCase victimCase, ServiceType type, Set<Long> excludedAgencyIds) {
        if (type == null) {
            return List.of();
        }
        String province = victimCase.getProvinceCode();
        Set<Eligibility> needed = eligibilityNeeded(victimCase);
        List<ProviderOption> options = directory.offering(type).stream()
                .filter(listing -> !excludedAgencyIds.contains(listing.agencyId()) && listing.accepts(needed))
                .map(listing -> new ProviderOption(listing, listing.reachFrom(victimCase.getDistrictCode(), province)))
                .sorted(Comparator.comparing(ProviderOption::reach).thenComparing(option -> option.listing().agencyName()))
                .toList();
        boolean anyLocal = options.stream().anyMatch(ProviderOption::isLocal);
        return anyLocal ? options.stream().filter(ProviderOption::isLocal).toList() : options;
    }

    /** A declined referral of the user's agency, to prefill "refer again elsewhere". */
    public Referral declinedToReferAgain(RabtaUser user, long referralId) {
        Referral referral = visible(user, referralId);
        if (referral.getFromAgencyId() != user.agencyId() || referral.getStatus() != ReferralStatus.DECLINED) {
            throw new BusinessRuleException("referrals.error.referAgainOnlyDeclined");
        }
        return referral;
    }

    /**
     * Makes a referral from a case of the user's agency: sent at once, or kept as a draft. Sending needs the
     * person's recorded consent, or a supervisor's written reason for an emergency referral without it (audited
     * and shown on the referral). Nothing is saved when a rule is broken.
     */
    @Transactional
    public Referral create(RabtaUser user, String caseNumber, ReferralRequest request) {
        VictimCase victimCase = caseToRefer(user, caseNumber);
        List<Violation> problems = new ArrayList<>();
        if (request.serviceType() == null) {
            problems.add(Violation.of("serviceType", "referrals.error.serviceRequired"));
        }
        if (request.urgency() == null) {
            problems.add(Violation.of("urgency", "referrals.error.urgencyRequired"));
        }
        String message = blankToNull(request.message());
        if (message != null && message.length() > MAX_MESSAGE) {
            problems.add(Violation.of("message", "referrals.error.tooLong", MAX_MESSAGE));
        }
        String override = blankToNull(request.consentOverrideReason());
        if (override != null && override.length() > MAX_REASON) {
            problems.add(Violation.of("consentOverrideReason", "referrals.error.tooLong", MAX_REASON));
        }
        Agency to = null;
        if (request.toAgencyCode() == null || request.toAgencyCode().isBlank()) {
            problems.add(Violation.of("toAgencyCode", "referrals.error.providerRequired"));
        } else if (request.serviceType() != null) {
            to = agencies.findByCode(request.toAgencyCode()).filter(Agency::isActive).orElse(null);
            Optional<ServiceListing> offer = to == null || to.getId() == user.agencyId() ? Optional.empty()
                    : offer(request.serviceType(), to.getId());
            if (offer.isEmpty()) {
                problems.add(Violation.of("toAgencyCode", "referrals.error.providerNotOffering"));
            } else if (!offer.get().accepts(eligibilityNeeded(victimCase))) {
                problems.add(Violation.of("toAgencyCode", "referrals.error.providerNotEligible"));
            }
        }
        Referral replaced = request.replaces() == null ? null : declinedToReferAgain(user, request.replaces());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!request.draft()) {
            checkConsent(user, victimCase, request.urgency(), override);
        }
        Instant now = clock.instant();
        Referral referral = new Referral(victimCase.getId(), victimCase.getCaseNumber(), victimCase.getProvinceCode(),
                victimCase.getDistrictCode(), Boolean.TRUE.equals(victimCase.isChild()), user.agencyId(), to.getId(),
                request.serviceType(), request.urgency(), message, replaced == null ? null : replaced.getId(), user.id(),
                user.fullName(), now);
        if (override != null && !consentRecorded(victimCase)) {
            referral.overrideConsent(override, user.fullName());
        }
        referrals.saveAndFlush(referral);
        timeline.add(referral.getId(), now, ReferralEventType.CREATED, user.username(), user.fullName(), user.agencyCode(), message);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_CREATED,
                victimCase.getCaseNumber(), describe(referral, to)));
        if (referral.getConsentOverrideReason() != null) {
            audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_CONSENT_OVERRIDDEN,
                    victimCase.getCaseNumber(),
                    "referral " + referral.getId() + ": " + referral.getConsentOverrideReason()));
        }
        if (!request.draft()) {
            move(user, referral, ReferralAction.SEND, null, null);
        }
        return referral;
    }

    /** The agency's offer of the service, anywhere (the form ranks by distance), if it offers it at all. */
    private Optional<ServiceListing> offer(ServiceType type, long agencyId) {
        return directory.offering(type).stream().filter(listing -> listing.agencyId() == agencyId).findFirst();
    }

    private void checkConsent(RabtaUser user, VictimCase victimCase, Urgency urgency, String override) {
        if (consentRecorded(victimCase)) {
            return;
        }
        if (override == null) {
            throw new ConsentRequiredException(Boolean.TRUE.equals(victimCase.isChild())
                    ? "referrals.error.consentRequiredChild" : "referrals.error.consentRequired");
        }
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new ConsentRequiredException("referrals.error.overrideSupervisorOnly");
        }
        if (urgency != Urgency.EMERGENCY) {
            throw new ConsentRequiredException("referrals.error.overrideEmergencyOnly");
        }
    }

    // ------------------------------------------------------------------ the state machine

    /**
     * Makes a move on a referral. {@code expectedVersion} (the version the user's page showed; null from API
     * clients that do not send one) guards against acting on a stale page. A move the state or the user's side
     * does not allow is refused with a message naming the state and the move.
     */
    @Transactional
    public Referral act(RabtaUser user, long referralId, ReferralAction action, String text, String servicesDelivered,
                        Long expectedVersion) {
        requireStaff(user);
        Referral referral = referrals.lockById(referralId).filter(r -> mayView(user, r))
                .orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
        if (expectedVersion != null && expectedVersion != referral.getVersion()) {
            throw new ConcurrentEditException("Referral " + referralId, null, referral.getLastActivityAt());
        }
        boolean sender = referral.getFromAgencyId() == user.agencyId();
        if (!action.allowedFrom(referral.getStatus())) {
            throw new BusinessRuleException("referrals.error.illegalMove",
                    new DefaultMessageSourceResolvable("referrals.action." + action),
                    new DefaultMessageSourceResolvable("referrals.status." + referral.getStatus()));
        }
        if (!action.madeBy(sender, !sender)) {
            throw new BusinessRuleException(sender ? "referrals.error.receiverMove" : "referrals.error.senderMove",
                    new DefaultMessageSourceResolvable("referrals.action." + action));
        }
        String note = blankToNull(text);
        boolean longText = action == ReferralAction.COMPLETE || action == ReferralAction.NOTE;
        String field = longText ? "note" : "reason";
        if (action.needsText() && note == null) {
            throw InvalidInputException.of(field, "referrals.error.textRequired." + action);
        }
        int max = longText ? MAX_MESSAGE : MAX_REASON;
        if (note != null && note.length() > max) {
            throw InvalidInputException.of(field, "referrals.error.tooLong", max);
        }
        String delivered = blankToNull(servicesDelivered);
        if (delivered != null && delivered.length() > MAX_REASON) {
            throw InvalidInputException.of("servicesDelivered", "referrals.error.tooLong", MAX_REASON);
        }
        if (action == ReferralAction.SEND) {
            checkConsent(user, cases.get(user, referral.getCaseNumber()), referral.getUrgency(), referral.getConsentOverrideReason());
        }
        move(user, referral, action, note, delivered);
        try {
            referrals.saveAndFlush(referral);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Referral " + referralId, null, null);
        }
        return referral;
    }

    private void move(RabtaUser user, Referral referral, ReferralAction action, String note, String delivered) {
        Instant now = clock.instant();
        ReferralStatus from = referral.getStatus();
        referral.apply(action, note, delivered, now);
        inbox.changed();
        String detail = action == ReferralAction.COMPLETE && delivered != null ? note + " — " + delivered : note;
        timeline.add(referral.getId(), now, action.eventType(), user.username(), user.fullName(), user.agencyCode(), detail);
        AuditRecord auditRecord = AuditRecord.forCase(action.auditAction(), referral.getCaseNumber(),
                "referral " + referral.getId() + " " + from + " -> " + referral.getStatus() + (note == null ? "" : ": " + note));
        if (action.caseEventType() != null) {
            // The service and the provider are shown from the referral itself, in words (ReferralCaseSection).
            events.publishEvent(new CaseActivity(user, referral.getCaseNumber(), action.caseEventType(), note,
                    ReferralCaseSection.subject(referral.getId()), auditRecord));
        } else {
            audit.record(auditRecord);
        }
        switch (action) {
            case SEND -> notifications.notify(referral.notice(NotificationKind.NEW, now), staff(referral.getToAgencyId()));
            case ACCEPT -> notifications.notify(referral.notice(NotificationKind.ACCEPTED, now), senders(referral));
            case DECLINE -> notifications.notify(referral.notice(NotificationKind.DECLINED, now), senders(referral));
            case COMPLETE -> notifications.notify(referral.notice(NotificationKind.COMPLETED, now), senders(referral));
            default -> {
                // starting, withdrawing and progress notes show on the timeline; no notice
            }
        }
    }

    /** The receiving agency's caseworkers and supervisors. */
    Collection<UserAccount> staff(long agencyId) {
        Map<Long, UserAccount> people = new LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR)) {
            users.activeUsersOfAgency(agencyId, role).forEach(account -> people.putIfAbsent(account.getId(), account));
        }
        return people.values();
    }

    /** Who hears back on the sending side: the person who made the referral and the agency's supervisors. */
    Collection<UserAccount> senders(Referral referral) {
        return staff(referral.getFromAgencyId()).stream()
                .filter(account -> account.getId() == referral.getCreatedById() || account.hasRole(Role.SUPERVISOR))
                .toList();
    }

    // ------------------------------------------------------------------ reading

    /** The referral page. An audited read of the referral and of its case. */
    @Transactional
    public ReferralDetails details(RabtaUser user, long referralId) {
        Referral referral = visible(user, referralId);
        boolean sender = referral.getFromAgencyId() == user.agencyId();
        VictimCase victimCase = cases.referralSummary(user, referral.getCaseNumber(), "referral " + referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_VIEWED, referral.getCaseNumber(),
                "referral " + referralId + (sender ? "" : " (receiving agency's limited view)")));
        Set<ReferralAction> actions = EnumSet.noneOf(ReferralAction.class);
        for (ReferralAction action : ReferralAction.values()) {
            if (action.allowedFrom(referral.getStatus()) && action.madeBy(sender, !sender)) {
                actions.add(action);
            }
        }
        Instant visibleUntil = sender ? null : referral.receiverAccessEnds();
        return new ReferralDetails(referral, PersonSummary.of(victimCase), agencies.agency(referral.getFromAgencyId()),
                agencies.agency(referral.getToAgencyId()), timeline.events(referralId), timeline.reviews(referralId), actions,
                sender, visibleUntil, cases.canRead(user, referral.getCaseNumber()));
    }

    /** A referral for the API. An audited read. */
    @Transactional
    public Referral get(RabtaUser user, long referralId) {
        Referral referral = visible(user, referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_VIEWED,
                referral.getCaseNumber(), "referral " + referralId + " (API)"));
        return referral;
    }

    /** The referrals made from one case, for its owning agency. */
    public List<Referral> ofCase(RabtaUser user, VictimCase victimCase) {
        requireStaff(user);
        if (victimCase.getOwningAgencyId() != user.agencyId()) {
            throw new RecordNotFoundException("Case", victimCase.getCaseNumber());
        }
        return referrals.findByCaseIdOrderByCreatedAtDesc(victimCase.getId());
    }

    /** {@link #ofCase}, each with its provider's name, for the case page (one query). */
    public List<CaseReferral> ofCaseWithProviders(RabtaUser user, VictimCase victimCase) {
        requireStaff(user);
        if (victimCase.getOwningAgencyId() != user.agencyId()) {
            throw new RecordNotFoundException("Case", victimCase.getCaseNumber());
        }
        return referrals.findOfCaseWithProvider(victimCase.getId());
    }

    /** The inbox of the receiving side and the list of the sending side. */
    public enum Box { NEW, DUE_SOON, OVERDUE, IN_PROGRESS, RECEIVED, SENT }

    /** A page of a box: an audited read, with the box asked for and the case of every referral on the page. */
    @Transactional
    public Slice<Referral> list(RabtaUser user, Box box, ReferralStatus status, int page) {
        requireStaff(user);
        Slice<Referral> rows = box(user, box, status, page);
        audit.recordRead(BulkRead.of(ReferralAuditAction.REFERRALS_LISTED,
                null, "box=" + box + (status == null ? "" : ", status=" + status)
                + ", page=" + Math.max(page, 0)), rows.stream().map(Referral::getCaseNumber).distinct().toList());
        return rows;
    }

    private Slice<Referral> box(RabtaUser user, Box box, ReferralStatus status, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), 25);
        Instant now = clock.instant();
        Set<ReferralStatus> received = status == null ? EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT)) : EnumSet.of(status);
        return switch (box) {
            case NEW -> referrals.received(user.agencyId(), EnumSet.of(ReferralStatus.SENT), now.minus(RECEIVER_WINDOW), pageable);
            case DUE_SOON -> referrals.findByToAgencyIdAndStatusAndOverdueFalseAndDueAtBeforeOrderByDueAt(user.agencyId(),
                    ReferralStatus.SENT, now.plus(Duration.ofHours(24)), pageable);
            case OVERDUE -> referrals.findByToAgencyIdAndOverdueTrueOrderBySentAtDesc(user.agencyId(), pageable);
            case IN_PROGRESS -> referrals.received(user.agencyId(), EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS),
                    now.minus(RECEIVER_WINDOW), pageable);
            case RECEIVED -> referrals.received(user.agencyId(), received, now.minus(RECEIVER_WINDOW), pageable);
            case SENT -> referrals.findByFromAgencyIdAndStatusInOrderByCreatedAtDesc(user.agencyId(),
                    status == null ? EnumSet.allOf(ReferralStatus.class) : EnumSet.of(status), pageable);
        };
    }

    /** Agencies by id for a list of referrals: one query for the directory instead of one per row. */
    public Map<Long, Agency> agenciesOf(Collection<Referral> rows) {
        Set<Long> ids = new java.util.HashSet<>();
        rows.forEach(r -> {
            ids.add(r.getFromAgencyId());
            ids.add(r.getToAgencyId());
        });
        Map<Long, Agency> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            agencies.allAgencies().stream().filter(a -> ids.contains(a.getId())).forEach(a -> byId.put(a.getId(), a));
        }
        return byId;
    }

    // ------------------------------------------------------------------ access

    /**
     * The rule of the referral page, the same as {@link ReferralCaseAccess}'s for the case: sender always, receiver
     * from sending until {@link Referral#receiverAccessEnds()}.
     */
    boolean mayView(RabtaUser user, Referral referral) {
        if (referral.getFromAgencyId() == user.agencyId()) {
            return true;
        }
        return referral.getToAgencyId() == user.agencyId() && receiverMayRead(referral, clock.instant());
    }

    static boolean receiverMayRead(Referral referral, Instant now) {
        Instant ends = referral.receiverAccessEnds();
        return referral.getStatus() != ReferralStatus.DRAFT && (ends == null || ends.isAfter(now));
    }

    private Referral visible(RabtaUser user, long referralId) {
        requireStaff(user);
        return referrals.findById(referralId).filter(r -> mayView(user, r))
                .orElseThrow(() -> new RecordNotFoundException("Referral", referralId));
    }

    static void requireStaff(RabtaUser user) {
        if (user == null || !(user.hasRole(Role.CASEWORKER) || user.hasRole(Role.SUPERVISOR))) {
            throw new RecordNotFoundException("Referral", "(role)");
        }
    }

    static Set<Eligibility> eligibilityNeeded(VictimCase victimCase) {
        Sex sex = victimCase.getPerson().getSex();
        return Eligibility.neededBy(sex == null ? null : Eligibility.Sex.valueOf(sex.name()), victimCase.isChild());
    }

    private static String describe(Referral referral, Agency to) {
        return "referral %d: %s, %s, to %s%s".formatted(referral.getId(), referral.getServiceType(), referral.getUrgency(),
                to.getCode(), referral.isChild() ? ", child" : "");
    }
}
