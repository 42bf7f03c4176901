package org.rabta.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PersonSummary;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading referrals: the referral page (what the user's side sees and may do), a referral for the API, the referrals
 * of a case for its owning agency, and the boxes of both sides. Every read that names a case is audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReferralQueries {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final ReferralTimeline timeline;
    private final CasesApi cases;
    private final AgencyService agencies;
    private final AuditTrail audit;
    private final Clock clock;

    /** The referral page. An audited read of the referral and of its case. */
    @Transactional
    public ReferralDetails details(RabtaUser user, long referralId) {
        Referral referral = access.visible(user, referralId);
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
        Referral referral = access.visible(user, referralId);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_VIEWED,
                referral.getCaseNumber(), "referral " + referralId + " (API)"));
        return referral;
    }

    /** The referrals made from one case, for its owning agency. */
    public List<Referral> ofCase(RabtaUser user, VictimCase victimCase) {
        requireOwner(user, victimCase);
        return referrals.findByCaseIdOrderByCreatedAtDesc(victimCase.getId());
    }

    /** {@link #ofCase}, each with its provider's name, for the case page (one query). */
    public List<CaseReferral> ofCaseWithProviders(RabtaUser user, VictimCase victimCase) {
        requireOwner(user, victimCase);
        return referrals.findOfCaseWithProvider(victimCase.getId());
    }

    private static void requireOwner(RabtaUser user, VictimCase victimCase) {
        ReferralAccess.requireStaff(user);
        if (victimCase.getOwningAgencyId() != user.agencyId()) {
            throw new RecordNotFoundException("Case", victimCase.getCaseNumber());
        }
    }

    /** A page of a box: an audited read, with the box asked for and the case of every referral on the page. */
    @Transactional
    public Slice<Referral> list(RabtaUser user, ReferralBox box, ReferralStatus status, int page) {
        ReferralAccess.requireStaff(user);
        Slice<Referral> rows = box(user, box, status, page);
        audit.recordRead(BulkRead.of(ReferralAuditAction.REFERRALS_LISTED,
                null, "box=" + box + (status == null ? "" : ", status=" + status)
                + ", page=" + Math.max(page, 0)), rows.stream().map(Referral::getCaseNumber).distinct().toList());
        return rows;
    }

    private Slice<Referral> box(RabtaUser user, ReferralBox box, ReferralStatus status, int page) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), 25);
        Instant now = clock.instant();
        Instant window = now.minus(Referral.RECEIVER_WINDOW);
        Set<ReferralStatus> received = status == null ? EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT)) : EnumSet.of(status);
        return switch (box) {
            case NEW -> referrals.received(user.agencyId(), EnumSet.of(ReferralStatus.SENT), window, pageable);
            case DUE_SOON -> referrals.findByToAgencyIdAndStatusAndOverdueFalseAndDueAtBeforeOrderByDueAt(user.agencyId(),
                    ReferralStatus.SENT, now.plus(Duration.ofHours(24)), pageable);
            case OVERDUE -> referrals.findByToAgencyIdAndOverdueTrueOrderBySentAtDesc(user.agencyId(), pageable);
            case IN_PROGRESS -> referrals.received(user.agencyId(), EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS),
                    window, pageable);
            case RECEIVED -> referrals.received(user.agencyId(), received, window, pageable);
            case SENT -> referrals.findByFromAgencyIdAndStatusInOrderByCreatedAtDesc(user.agencyId(),
                    status == null ? EnumSet.allOf(ReferralStatus.class) : EnumSet.of(status), pageable);
        };
    }

    /** Agencies by id for a list of referrals: one query for the directory instead of one per row. */
    public Map<Long, Agency> agenciesOf(Collection<Referral> rows) {
        Set<Long> ids = new HashSet<>();
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
}
