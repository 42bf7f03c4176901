package org.rabta.committees;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The committees API: committees, rosters on a date, new terms and ended terms. Same rules as the screens. */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class CommitteeApiController {

    private final CommitteeService committees;
    private final RosterService rosters;
    private final CommitteeReferrals referrals;
    private final JurisdictionNames jurisdictions;

    @GetMapping("/committees")
    List<CommitteeJson> list(@AuthenticationPrincipal RabtaUser user) {
        return committees.visible(user).stream().map(this::json).toList();
    }

    @GetMapping("/committees/{id}")
    CommitteeJson get(@AuthenticationPrincipal RabtaUser user, @PathVariable long id) {
        return json(committees.committee(user, id));
    }

    @PostMapping("/committees")
    ResponseEntity<CommitteeJson> create(@Valid @RequestBody CommitteeForm form) {
        Committee committee = committees.create(form);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + committee.getId())).body(json(committee));
    }

    @GetMapping("/committees/{id}/roster")
    RosterJson roster(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Roster roster = rosters.roster(user, id, on);
        Roster.Gaps gaps = roster.gaps();
        return new RosterJson(id, roster.on(), roster.entries().stream().map(MemberJson::of).toList(),
                new GapsJson(gaps.noChair(), gaps.noSecretary(), gaps.missingSectors(),
                        gaps.endingSoon().stream().map(RosterEntry::membershipId).toList()));
    }

    /** The committee's review queue: pseudonymised summaries only, and the ids of the referrals escalated to it. */
    @GetMapping("/committees/{id}/referrals")
    Map<String, Object> referrals(@AuthenticationPrincipal RabtaUser user, @PathVariable long id,
                                  @RequestParam(defaultValue = "0") int page) {
        CommitteeReferrals.Queue queue = referrals.queue(user, id, page);
        return Map.of("items", queue.referrals().getContent(), "page", queue.referrals().getNumber(),
                "hasNext", queue.referrals().hasNext(), "escalated", queue.escalatedHere().stream().sorted().toList());
    }

    @PostMapping("/committees/{id}/memberships")
    ResponseEntity<MemberJson> addMembership(@PathVariable long id,
                                             @Valid @RequestBody MembershipForm form) {
        Membership membership = rosters.add(id, form);
        return ResponseEntity.created(URI.create("/api/v1/memberships/" + membership.getId())).body(member(membership));
    }

    @PutMapping("/memberships/{id}")
    MemberJson endTerm(@PathVariable long id, @RequestBody TermEnd body) {
        return member(rosters.endTerm(id, body.to(), body.version()));
    }

    private MemberJson member(Membership membership) {
        return MemberJson.of(rosters.entries(List.of(membership)).getFirst());
    }

    private CommitteeJson json(Committee committee) {
        return new CommitteeJson(committee.getId(), committee.getLevel(), committee.getNameEn(), committee.getNameUr(),
                new JurisdictionJson(committee.getProvinceCode(), committee.getDistrictCode(),
                        jurisdictions.of(committee, Locale.ENGLISH)),
                committee.getParentId(), committee.getStatus(), committee.getVersion());
    }

    record CommitteeJson(long id, CommitteeLevel level, String name, String nameUr, JurisdictionJson jurisdiction,
                         Long parentId, CommitteeStatus status, long version) {
    }

    record JurisdictionJson(String provinceCode, String districtCode, String name) {
    }

    record RosterJson(long committeeId, LocalDate on, List<MemberJson> members, GapsJson gaps) {
    }

    record GapsJson(boolean noChair, boolean noSecretary, List<Sector> missingSectors, List<Long> termsEndingSoon) {
    }

    record MemberJson(long id, MembershipRole role, String name, String username, String designation, String agencyCode,
                      Set<Sector> sectors, LocalDate from, LocalDate to, long version) {

        static MemberJson of(RosterEntry entry) {
            return new MemberJson(entry.membershipId(), entry.role(), entry.name(), entry.username(), entry.designation(),
                    entry.agencyCode(), entry.sectors(), entry.from(), entry.to(), entry.version());
        }
    }

    /** The body of PUT /memberships/{id}: the term's last day, and optionally the version read. */
    record TermEnd(LocalDate to, Long version) {
    }
}
