package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.referrals.ReviewActionItems;
import org.rabta.referrals.ReviewSummary;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.rabta.web.SupportedLocales;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items added on a referral's review page, as committee action items like a meeting's. The reviewer chooses
 * the committee among those whose queue holds the referral and where they hold a term today (a referral of a Lahore
 * case is in the Lahore district committee's queue and in the Punjab committee's), and an owner from that committee's
 * roster of the day: a member, or an agency that sits on it. The item then stays among the committee's open items
 * until done.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReviewActionItemService implements ReviewActionItems {

    static final int MAX_TEXT = 2000;

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final ActionItemRepository actionItems;
    private final CommitteeAccess access;
    private final RosterService rosters;
    private final ActionItemService itemService;
    private final ActionItemNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * One committee the reviewer may give the item to, with its roster of the day: the owners to choose from, its
     * members and the agencies that sit on it (by code).
     */
    public record Choice(Committee committee, List<RosterEntry> members, Map<String, AgencySeat> agencies) {
    }

    /** An agency on a roster, as an owner to choose. */
    public record AgencySeat(long agencyId, String code, String name, String nameUr) {

        /** The agency as a reader of the language calls it; the timeline records the English {@link #name()}. */
        public String name(Locale locale) {
            return SupportedLocales.name(locale, name, nameUr);
        }
    }

    /** The review page's section: the items about the referral on the reviewer's committees, and the form's choices. */
    public record Items(long referralId, List<ActionItemView> items, List<Choice> choices, LocalDate today) {
    }

    @Override
    public Section section(RabtaUser reviewer, ReviewSummary referral) {
        List<Choice> choices = choices(reviewer, referral);
        List<ActionItemView> items = itemService.aboutReferral(reviewer,
                choices.stream().map(choice -> choice.committee().getId()).toList(), referral.referralId());
        return new Section("committees/review-actions", "reviewActionItems",
                new Items(referral.referralId(), items, choices, access.today()));
    }

    @Override
    @Transactional
    public String add(RabtaUser reviewer, ReviewSummary referral, Request request) {
        List<Violation> problems = new ArrayList<>();
        String what = blankToNull(request.what());
        if (what == null) {
            problems.add(Violation.of("what", "referrals.review.error.whatRequired"));
        } else if (what.length() > MAX_TEXT) {
            problems.add(Violation.of("what", "referrals.error.tooLong", MAX_TEXT));
        }
        LocalDate today = access.today();
        if (request.due() == null) {
            problems.add(Violation.of("due", "referrals.review.error.dueRequired"));
        } else if (request.due().isBefore(today)) {
            problems.add(Violation.of("due", "referrals.review.error.duePast"));
        }
        Optional<Choice> choice = choices(reviewer, referral).stream()
                .filter(candidate -> candidate.committee().getId().equals(request.committee())).findFirst();
        Optional<ActionItem.Owner> owner = Optional.empty();
        if (choice.isEmpty()) {
            problems.add(Violation.of("committee", "referrals.review.error.committeeRequired"));
        } else {
            owner = owner(choice.get(), request.owner(), today);
            if (owner.isEmpty()) {
                problems.add(Violation.of("owner", "referrals.review.error.ownerNotOnRoster"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Committee committee = choice.orElseThrow().committee();
        ActionItem item = actionItems.save(new ActionItem(null, committee.getId(), what, owner.orElseThrow(), request.due(),
                referral.caseNumber(), referral.referralId(), reviewer.username(), clock.instant()));
        notices.assigned(item, today);
        String ownerName = ownerName(choice.get(), item);
        audit.record(new AuditRecord(CommitteeAuditAction.COMMITTEE_ACTION_ADDED,
                "COMMITTEE", String.valueOf(committee.getId()),
                referral.caseNumber(), "referral %d review: %s, for %s, due %s".formatted(referral.referralId(), what,
                ownerName, request.due()), null));
        return "%s — %s, %s (%s)".formatted(what, ownerName, request.due(), committee.getNameEn());
    }

    /**
     * The committees where the reviewer holds a term today, active, whose jurisdiction holds the referral (so its
     * queue does), most local first, each with its roster of today.
     */
    private List<Choice> choices(RabtaUser reviewer, ReviewSummary referral) {
        List<Long> sittingOn = access.currentTerms(reviewer).stream().map(Term::committeeId).distinct().toList();
        LocalDate today = access.today();
        return committees.findAllById(sittingOn).stream()
                .filter(Committee::isActive)
                .filter(committee -> committee.covers(referral.provinceCode(), referral.districtCode()))
                .sorted(Comparator.comparing(Committee::getLevel).reversed().thenComparing(Committee::getId))
                .map(committee -> {
                    List<Membership> terms = memberships.findCurrent(committee.getId(), today);
                    List<RosterEntry> members = rosters.entries(terms);
                    Map<String, AgencySeat> agencies = new LinkedHashMap<>();
                    for (int i = 0; i < terms.size(); i++) {
                        RosterEntry entry = members.get(i);
                        agencies.putIfAbsent(entry.agencyCode(), new AgencySeat(terms.get(i).getAgencyId(), entry.agencyCode(),
                                entry.agencyName(), entry.agencyNameUr()));
                    }
                    return new Choice(committee, members, agencies);
                })
                .toList();
    }

    /** The owner chosen: "member:&lt;term id&gt;" of the roster of the day, or "agency:&lt;code&gt;" of an agency on it. */
    private Optional<ActionItem.Owner> owner(Choice choice, String owner, LocalDate today) {
        String value = owner == null ? "" : owner.strip();
        if (value.startsWith("member:")) {
            return choice.members().stream().filter(entry -> value.equals("member:" + entry.membershipId())).findFirst()
                    .flatMap(entry -> memberships.findById(entry.membershipId()))
                    .filter(term -> term.isCurrentOn(today))
                    .map(ActionItem.Owner::member);
        }
        if (value.startsWith("agency:")) {
            return Optional.ofNullable(choice.agencies().get(value.substring("agency:".length())))
                    .map(seat -> ActionItem.Owner.agency(seat.agencyId()));
        }
        return Optional.empty();
    }

    /** The owner as the referral's timeline names them: the member, or the agency. */
    private static String ownerName(Choice choice, ActionItem item) {
        if (item.getOwnerMembershipId() != null) {
            return choice.members().stream().filter(entry -> item.getOwnerMembershipId().equals(entry.membershipId()))
                    .map(RosterEntry::name).findFirst().orElseThrow();
        }
        return choice.agencies().values().stream().filter(seat -> item.getOwnerAgencyId().equals(seat.agencyId()))
                .map(AgencySeat::name).findFirst().orElseThrow();
    }
}
