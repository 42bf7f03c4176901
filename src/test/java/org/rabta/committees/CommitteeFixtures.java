package org.rabta.committees;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccountService;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.directory.ServiceType;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralDeadlines;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.rabta.support.MutableClock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test data for the committee tests: each test gets a district committee of its own (in a Punjab district that has
 * none yet, under the demo provincial committee, so that Punjab-wide agencies reach it), its own users, and valid
 * forms.
 */
@Component
class CommitteeFixtures {

    static final String PASSWORD = "Rabta-demo-2026";
    static final String LAHORE = "PK617";
    static final String PUNJAB = "PK6";

    private final CommitteeService committees;
    private final RosterService rosters;
    private final GeographyService geography;
    private final UserAccountService accounts;
    private final UserDetailsService users;
    private final CasesApi cases;
    private final ReferralsApi referrals;
    private final ReferralDeadlines deadlines;
    private final MutableClock clock;

    CommitteeFixtures(CommitteeService committees, RosterService rosters, GeographyService geography,
                      UserAccountService accounts, UserDetailsService users, CasesApi cases, ReferralsApi referrals,
                      ReferralDeadlines deadlines, MutableClock clock) {
        this.committees = committees;
        this.rosters = rosters;
        this.geography = geography;
        this.accounts = accounts;
        this.users = users;
        this.cases = cases;
        this.referrals = referrals;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Karachi"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    RabtaUser user(String username) {
        return (RabtaUser) users.loadUserByUsername(username);
    }

    /** A new user of the agency with the given roles; returns the principal. */
    RabtaUser newUser(String agencyCode, Role... roles) {
        String username = unique("t.");
        asAdmin(() -> accounts.createWithPassword(username, "Test " + username, agencyCode, Set.of(roles), PASSWORD, false));
        return user(username);
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
            asAdmin(() -> committees.create(new CommitteeForm(CommitteeLevel.PROVINCIAL, district.getProvinceCode(), null,
                    district.getProvinceCode() + " Test Provincial Committee", "ٹیسٹ صوبائی کمیٹی " + district.getProvinceCode(),
                    null)));
        }
        return asAdmin(() -> committees.create(new CommitteeForm(CommitteeLevel.DISTRICT, null, district.getCode(),
                district.getNameEn() + " Test Committee", "ٹیسٹ کمیٹی " + district.getNameUr(), null)));
    }

    Committee lahore() {
        return committees.activeFor(CommitteeLevel.DISTRICT, "PK6", LAHORE).orElseThrow();
    }

    Membership add(long committeeId, MembershipForm form) {
        return asAdmin(() -> rosters.add(committeeId, form));
    }

    static MembershipForm userTerm(String username, String agencyCode, MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipForm(username, null, "Officer", null, null, agencyCode, role, from, to, null);
    }

    static MembershipForm externalTerm(String name, String agencyCode, MembershipRole role, LocalDate from, LocalDate to) {
        return new MembershipForm(null, name, "Director", "042-1234567", null, agencyCode, role, from, to, null);
    }

    /** A case registered by fia.lahore in the given district, returning its number. */
    String caseIn(String districtCode) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today().minusDays(3));
        form.setDistrictCode(districtCode);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Rukhsana");
        form.setLastName(unique("Zq"));
        form.setFatherOrHusbandName("Ghulam Rasool");
        form.setSex(Sex.FEMALE);
        form.setAgeYears(15);
        form.setNationality("PK");
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        return cases.register(user("fia.lahore"), form).getCaseNumber();
    }

    /** A case registered by police.lahore in the district, with a CNIC and consent to referral; returns its number. */
    String referrableCaseIn(String districtCode) {
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today().minusDays(2));
        form.setDistrictCode(districtCode);
        form.setHowIdentified(HowIdentified.RESCUE);
        form.setFirstName("Nasreen");
        form.setLastName(unique("Zq"));
        form.setFatherOrHusbandName("Allah Ditta");
        form.setCnic("35202-" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "-4");
        form.setSex(Sex.FEMALE);
        form.setAgeYears(24);
        form.setNationality("PK");
        form.setExploitationTypes(EnumSet.of(ExploitationType.DOMESTIC_SERVITUDE));
        form.setConsentDataProcessing(ConsentStatus.GIVEN);
        form.setConsentReferral(ConsentStatus.GIVEN);
        form.setConsentDate(today().minusDays(2));
        form.setConsentRecordedBy("Shahid Iqbal");
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

    static <T> T asAdmin(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemIdentity.run(() -> result.set(action.get()));
        return result.get();
    }
}
