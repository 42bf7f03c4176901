package org.rabta.demo;

import static org.rabta.demo.DemoPlaces.LAHORE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.SystemIdentity;
import org.rabta.cases.AgeBand;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CasesApi;
import org.rabta.cases.ConsentStatus;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralAction;
import org.rabta.referrals.ReferralBox;
import org.rabta.referrals.ReferralDeadlines;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo referrals (profile {@code demo}): police Lahore to the Panah shelter (new), FIA Lahore to the Child
 * Protection Bureau for a child (in progress), and police Lahore to Panah for psychosocial support that is
 * overdue. Uses the demo cases when there are suitable ones, otherwise registers its own. Runs once: when the
 * police have sent any referral, it leaves everything alone.
 */
@Component
@Profile("demo")
@Order(30)
@RequiredArgsConstructor
class DemoReferrals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

    private final ReferralsApi referrals;
    private final ReferralDeadlines deadlines;
    private final CasesApi cases;
    private final DemoActors actors;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.run(() -> {
            RabtaUser police = actors.user("police.lahore");
            if (!referrals.list(police, ReferralBox.SENT, null, 0).isEmpty()) {
                return;
            }
            RabtaUser fia = actors.user("fia.lahore");
            VictimCase woman = suitable(police, false).orElseGet(() -> register(police, "Shazia", "Parveen", 27, null));
            referrals.create(police, woman.getCaseNumber(), new ReferralRequest("NGO-LHR-SHELTER", ServiceType.SHELTER,
                    Urgency.HIGH, "Rescued from a brick kiln; needs a safe place and her children with her.", null, null, false));

            VictimCase child = suitable(fia, true).orElseGet(() -> register(fia, "Bilal", "Ahmed", 14, "Father, Muhammad Ahmed"));
            Referral protection = referrals.create(fia, child.getCaseNumber(), new ReferralRequest("PB-CPWB",
                    ServiceType.CHILD_PROTECTION, Urgency.HIGH, "Returned from Oman at the airport; unaccompanied.", null, null, false));
            RabtaUser cpwb = actors.user("cpwb.punjab");
            referrals.act(cpwb, protection.getId(), ReferralAction.ACCEPT, "Placed at the Bureau's Lahore home", null, null);
            referrals.act(cpwb, protection.getId(), ReferralAction.START, null, null, null);

            VictimCase second = register(police, "Nargis", "Bibi", 31, null);
            Referral late = referrals.create(police, second.getCaseNumber(), new ReferralRequest("NGO-LHR-SHELTER",
                    ServiceType.PSYCHOSOCIAL, Urgency.EMERGENCY, "Severe distress after months of confinement.", null, null, false));
            // Demo data only: date the emergency referral two days back, so that the deadline check finds it overdue
            // just as it would have two days from now.
            jdbc.sql("""
                            update referral set created_at = created_at - interval '2 days', sent_at = sent_at - interval '2 days',
                                due_at = due_at - interval '2 days', last_activity_at = last_activity_at - interval '2 days'
                            where id = :id""").param("id", late.getId()).update();
            deadlines.markOverdue();
        });
        log.info("Demo referrals are in place");
    }

    /** A demo case of the user's agency that already records consent to referral (a child's, or an adult's). */
    private Optional<VictimCase> suitable(RabtaUser user, boolean child) {
        return cases.list(user, CaseFilter.empty()).cases().stream()
                .filter(c -> referrals.consentRecorded(c) && Boolean.TRUE.equals(c.isChild()) == child)
                .findFirst();
    }

    private VictimCase register(RabtaUser user, String firstName, String lastName, int age, String consentOnBehalfOf) {
        LocalDate today = LocalDate.now(clock);
        boolean child = AgeBand.of(age).isChild();
        CaseForm form = new CaseForm();
        form.setIdentifiedOn(today.minusDays(3));
        form.setDistrictCode(LAHORE);
        form.setHowIdentified(child ? HowIdentified.BORDER_OR_AIRPORT : HowIdentified.RESCUE);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setSex(child ? Sex.MALE : Sex.FEMALE);
        form.setAgeYears(age);
        form.setNationality("PK");
        form.setLanguages("Punjabi, Urdu");
        form.setExploitationTypes(EnumSet.of(child ? ExploitationType.FORCED_LABOUR : ExploitationType.BONDED_LABOUR));
        form.setConsentDataProcessing(ConsentStatus.GIVEN);
        form.setConsentReferral(ConsentStatus.GIVEN);
        form.setConsentDate(today.minusDays(3));
        form.setConsentRecordedBy(user.fullName());
        form.setConsentOnBehalfOf(consentOnBehalfOf);
        return cases.register(user, form);
    }
}
