package org.rabta.committees;

import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.Districts.PUNJAB;
import static org.rabta.support.Principals.asSystem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.directory.ServiceType;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralDeadlines;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.rabta.support.CaseForms;
import org.rabta.support.MutableClock;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/**
 * Test data for the committee tests: each test gets a district committee of its own (in a Punjab district that has
 * none yet, under the demo provincial committee, so that Punjab-wide agencies reach it), its own users, and valid
 * forms.
 */
@Component
@RequiredArgsConstructor
class CommitteeFixtures {

    private final CommitteeService committees;
    private final RosterService rosters;
    private final GeographyService geography;
    private final Principals principals;
    private final CasesApi cases;
    private final ReferralsApi referrals;
    private final ReferralDeadlines deadlines;
    private final MutableClock clock;

    RabtaUser user(String username) {
        return principals.user(username);
    }

    /** A new user of the agency with the given roles; returns the principal. */
    RabtaUser newUser(String agencyCode, Role... roles) {
        return principals.newUser(agencyCode, roles);
    }

    /**
     * A new user of the agency with the role, holding a term in the committee as {@code membership} from {@code from}
     * to {@code to} (null: open-ended).
     */
    RabtaUser member(Committee committee, String agencyCode, Role role, MembershipRole membership, LocalDate from,
                     LocalDate to) {
        return term(committee, agencyCode, role, membership, from, to).member();
    }

    /** As {@link #member}, with the term, for the tests that end it. */
    MemberTerm term(Committee committee, String agencyCode, Role role, MembershipRole membership, LocalDate from,
                    LocalDate to) {
        RabtaUser member = newUser(agencyCode, role);
        return new MemberTerm(member, add(committee.getId(), userTerm(member.username(), agencyCode, membership, from, to)));
    }

    /** A new user of Social Welfare with the role, the committee's secretary from {@code from} with no end. */
    RabtaUser secretary(Committee committee, Role role, LocalDate from) {
        return member(committee, "PB-SWD", role, MembershipRole.SECRETARY, from, null);
    }

    record MemberTerm(RabtaUser member, Membership term) {
    }

    /**
     * A district committee in a district that has none yet: in Punjab while it has such districts, then elsewhere (with
     * the provincial committee a district committee reports to), as the tests of one run need more district committees
     * than Punjab has districts.
     */
    synchronized Committee districtCommittee() {
        District district = geography.districts().stream()
                .sorted(Comparator.comparing((District d) -> !d.getProvinceCode().equals(PUNJAB)))
                .filter(d -> committees.activeFor(CommitteeLevel.DISTRICT, d.getProvinceCode(), d.getCode()).isEmpty())
                .findFirst().orElseThrow();
        if (committees.activeFor(CommitteeLevel.PROVINCIAL, district.getProvinceCode(), null).isEmpty()) {
            asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.PROVINCIAL, district.getProvinceCode(), null,
                    district.getProvinceCode() + " Test Provincial Committee", "ٹیسٹ صوبائی کمیٹی " + district.getProvinceCode(),
                    null)));
        }
        return asSystem(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null, district.getCode(),
                district.getNameEn() + " Test Committee", "ٹیسٹ کمیٹی " + district.getNameUr(), null)));
    }

    Committee lahore() {
        return committees.activeFor(CommitteeLevel.DISTRICT, "PK6", LAHORE).orElseThrow();
    }

    Membership add(long committeeId, MembershipForm form) {
        return asSystem(() -> rosters.add(committeeId, form));
    }

    static MembershipForm userTerm(String username, String agencyCode, MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipForm(username, null, "Officer", null, null, agencyCode, role, from, to, null);
    }

    static MembershipForm externalTerm(String name, String agencyCode, MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipForm(null, name, "Director", "042-1234567", null, agencyCode, role, from, to, null);
    }

    /** A case registered by fia.lahore in the given district: a girl of 15, returning its number. */
    String caseIn(String districtCode) {
        CaseForm form = CaseForms.rescued("Rukhsana", today().minusDays(3), districtCode, 15);
        form.setFatherOrHusbandName("Ghulam Rasool");
        return cases.register(user("fia.lahore"), form).getCaseNumber();
    }

    /**
     * A case registered by police.lahore in the district, with every identifier (a CNIC among them) and consent to
     * referral; returns its number.
     */
    String referrableCaseIn(String districtCode) {
        CaseForm form = CaseForms.withIdentifiers(24, true);
        form.setDistrictCode(districtCode);
        return cases.register(user("police.lahore"), form).getCaseNumber();
    }

    /**
     * A case of {@link #referrableCaseIn} with an emergency referral to the Social Welfare Department's shelter, so
     * that it is in the review queue of the district's committees; returns its number.
     */
    String queuedCaseIn(String districtCode) {
        return emergencyReferralIn(districtCode).getCaseNumber();
    }

    /** The emergency referral of a {@link #queuedCaseIn} case. */
    Referral emergencyReferralIn(String districtCode) {
        return referrals.create(user("police.lahore"), referrableCaseIn(districtCode), new ReferralRequest("PB-SWD",
                ServiceType.SHELTER, Urgency.EMERGENCY, "Needs a safe place tonight.", null, null, false));
    }

    /** A HIGH referral to Social Welfare from a Lahore case that nobody accepted within its 72 hours. */
    Referral overdueReferralInLahore() {
        String caseNumber = referrableCaseIn(LAHORE);
        Referral referral = referrals.create(user("police.lahore"), caseNumber,
                new ReferralRequest("PB-SWD", ServiceType.SHELTER, Urgency.HIGH, "Needs a shelter place.", null, null, false));
        try {
            clock.advance(Duration.ofDays(4));
            deadlines.markOverdue();
        } finally {
            clock.reset();
        }
        return referral;
    }
}
