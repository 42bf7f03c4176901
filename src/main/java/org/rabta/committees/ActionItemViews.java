package org.rabta.committees;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PseudonymisedCase;
import org.rabta.directory.Agency;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.springframework.stereotype.Component;

/**
 * Action items as a user sees them: the committee, the owner's name, the case pseudonymised (only through a current
 * term on the committee, and only inside its jurisdiction), whether the referral's review page opens for them, and
 * whether they may close the item. The caller has established the user's reach over the items' committees.
 */
@Component
@RequiredArgsConstructor
class ActionItemViews {

    private final CommitteeRepository committees;
    private final MembershipRepository memberships;
    private final CommitteeAccess access;
    private final RosterService rosters;
    private final CasesApi cases;
    private final CommitteeReferrals referrals;
    private final GeographyService geography;

    List<ActionItemView> views(RabtaUser user, List<ActionItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Committee> byId = committees.findAllById(items.stream().map(ActionItem::getCommitteeId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Committee::getId, Function.identity()));
        Map<Long, RosterEntry> owners = rosters.entries(memberships.findAllById(items.stream().map(ActionItem::getOwnerMembershipId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))).stream()
                .collect(Collectors.toMap(RosterEntry::membershipId, Function.identity()));
        Map<Long, Agency> ownerAgencies = rosters.agenciesById(items.stream().map(ActionItem::getOwnerAgencyId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Term> currentTerms = access.currentTerms(user);
        Set<Long> sittingOn = currentTerms.stream().map(Term::committeeId).collect(Collectors.toSet());
        // Only a current term shows the committee's cases; an admin's reach does not (no case data).
        Collection<String> caseNumbers = items.stream().filter(item -> sittingOn.contains(item.getCommitteeId()))
                .map(ActionItem::getCaseNumber).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, PseudonymisedCase> linked = cases.pseudonymised(caseNumbers, "committee action items");
        LocalDate today = access.today();
        Map<String, District> districts = linked.isEmpty() ? Map.of()
                : geography.districts().stream().collect(Collectors.toMap(District::getCode, Function.identity()));
        Set<Long> reviewable = items.stream().filter(item -> item.getReferralId() != null)
                .collect(Collectors.groupingBy(ActionItem::getCommitteeId, Collectors.mapping(ActionItem::getReferralId, Collectors.toSet())))
                .entrySet().stream()
                .flatMap(byCommittee -> referrals.reviewableAmong(user, byId.get(byCommittee.getKey()), byCommittee.getValue()).stream())
                .collect(Collectors.toSet());
        return items.stream().map(item -> {
            Committee committee = byId.get(item.getCommitteeId());
            RosterEntry owner = item.getOwnerMembershipId() == null ? null : owners.get(item.getOwnerMembershipId());
            Agency agency = item.getOwnerAgencyId() == null ? null : ownerAgencies.get(item.getOwnerAgencyId());
            PseudonymisedCase summary = item.getCaseNumber() == null ? null : linked.get(item.getCaseNumber());
            if (summary != null && !committee.covers(summary.provinceCode(), summary.districtCode())) {
                summary = null;
            }
            return new ActionItemView(item, committee,
                    owner != null ? owner.name() : agency != null ? agency.getName() : item.getOwnerRecordedAs(),
                    owner == null && agency != null ? agency.getNameUr() : null,
                    agency == null ? null : agency.getCode(), summary,
                    summary == null ? null : districts.get(summary.districtCode()), item.isOverdueOn(today),
                    item.getReferralId() != null && reviewable.contains(item.getReferralId()),
                    item.getStatus() == ActionItemStatus.OPEN && mayClose(user, item, currentTerms));
        }).toList();
    }

    /** Admins; the committee's current chair or secretary; the owning member; a current member for the owning agency. */
    static boolean mayClose(RabtaUser user, ActionItem item, List<Term> currentTerms) {
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentTerms.stream()
                .filter(term -> term.committeeId() == item.getCommitteeId())
                .anyMatch(term -> term.role().runsMeetings()
                        || Long.valueOf(term.id()).equals(item.getOwnerMembershipId())
                        || item.getOwnerMembershipId() == null && Objects.equals(item.getOwnerAgencyId(), user.agencyId()));
    }
}
