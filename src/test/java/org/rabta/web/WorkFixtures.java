package org.rabta.web;

import static org.rabta.support.Districts.LAHORE;
import static org.rabta.support.Districts.PUNJAB;

import java.time.Duration;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CasesApi;
import org.rabta.committees.Committee;
import org.rabta.committees.CommitteeLevel;
import org.rabta.committees.CommitteeService;
import org.rabta.directory.ServiceType;
import org.rabta.referrals.Referral;
import org.rabta.referrals.ReferralDeadlines;
import org.rabta.referrals.ReferralRequest;
import org.rabta.referrals.ReferralsApi;
import org.rabta.referrals.Urgency;
import org.rabta.screening.Screening;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.ScreeningRecording;
import org.rabta.screening.ScreeningReview;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.support.CaseForms;
import org.rabta.support.MutableClock;
import org.rabta.support.Principals;
import org.springframework.stereotype.Component;

/**
 * Records for the work-list tests, each waiting for someone: cases of Lahore with unique names registered by a demo
 * user, FIA Lahore's screenings submitted or returned, its shelter referrals sent or overdue, the Lahore committee.
 */
@Component
@RequiredArgsConstructor
class WorkFixtures {

    private final Principals principals;
    private final CasesApi cases;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final ReferralsApi referrals;
    private final ReferralDeadlines deadlines;
    private final CommitteeService committees;
    private final MutableClock clock;

    RabtaUser demo(String username) {
        return principals.user(username);
    }

    /** A case of the user's agency identified in Lahore two days ago; {@code age} null when not recorded. */
    String register(String username, Integer age, boolean consentToReferral) {
        return cases.register(demo(username), CaseForms.withIdentifiers(age, consentToReferral)).getCaseNumber();
    }

    /** A determination submitted as the rules find it: trafficking for forced labour. */
    static ScreeningCommand submitted() {
        return new ScreeningCommand(null, Facts.yes(Fact.ACT_RECRUITED, Fact.MEANS_THREATS, Fact.PURPOSE_FORCED_LABOUR),
                Set.of(), null, null, false);
    }

    /** FIA Lahore's caseworker submits a determination of the case: it waits for the supervisor. */
    Screening submittedScreening(String caseNumber) {
        return recording.create(demo("fia.lahore"), caseNumber, submitted());
    }

    /** A determination the supervisor gives back to FIA Lahore's caseworker with that reason. */
    Screening returnedScreening(String caseNumber, String reason) {
        Screening screening = submittedScreening(caseNumber);
        reviews.giveBack(demo("fia.lahore.supervisor"), screening.getId(), screening.getVersion(), reason);
        return screening;
    }

    /** FIA Lahore's caseworker refers the person to a shelter of that agency, with the person's consent. */
    Referral shelterReferral(String caseNumber, String agency, Urgency urgency, String note) {
        return referrals.create(demo("fia.lahore"), caseNumber,
                new ReferralRequest(agency, ServiceType.SHELTER, urgency, note, null, null, false));
    }

    /** A HIGH shelter referral nobody accepted within its 72 hours, marked overdue four days later. */
    Referral overdueShelterReferral(String caseNumber, String agency, String note) {
        Referral referral = shelterReferral(caseNumber, agency, Urgency.HIGH, note);
        clock.advance(Duration.ofDays(4));
        deadlines.markOverdue();
        clock.reset();
        return referral;
    }

    /** The demo district committee of Lahore. */
    Committee lahoreCommittee() {
        return committees.activeFor(CommitteeLevel.DISTRICT, PUNJAB, LAHORE).orElseThrow();
    }
}
