package org.rabta.referrals;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.CasePart;
import org.rabta.cases.CaseQueries;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.rabta.support.CaseForms;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ReferralLifecycleTest {

    private final NewReferrals newReferrals;

    private final ReferralMoves moves;

    private final ReferralQueries queries;

    private final ReferralFixtures fixtures;

    private final CasesApi cases;

    private final CaseQueries caseQueries;

    private final CaseAccessPolicy policy;

    private final JdbcClient jdbc;

    private final MutableClock clock;

    private final Transactions transactions;

    RabtaUser police() {
        return fixtures.user("police.lahore");
    }

    RabtaUser ngo() {
        return fixtures.user("ngo.lahore");
    }

    @Test
    void sendingWithConsentSetsTheDeadlineRecordsTheTimelinesAndNotifiesTheProvider() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.sentToShelter(victimCase);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.getDueAt()).isEqualTo(referral.getSentAt().plus(Duration.ofHours(72)));
        assertThat(caseEvents(victimCase)).contains("REFERRAL_SENT");
        assertThat(referralEvents(referral)).containsExactly("CREATED", "SEND");
        assertThat(notices(referral, "NEW")).contains("ngo.lahore");
        assertThat(auditActions(victimCase)).contains("REFERRAL_CREATED", "REFERRAL_SEND");
    }

    @Test
    void urgencySetsTheAcceptanceDeadline() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral emergency = fixtures.refer("police.lahore", victimCase, ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);
        Referral normal = fixtures.refer("police.lahore", victimCase, ReferralFixtures.SHELTER_NGO, ServiceType.LEGAL_AID, Urgency.NORMAL);
        assertThat(Duration.between(emergency.getSentAt(), emergency.getDueAt())).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(normal.getSentAt(), normal.getDueAt())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theProviderAcceptsStartsAndCompletesAndEveryMoveIsOnBothTimelines() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();

        moves.act(ngo(), id, ReferralAction.ACCEPT, "Bed ready", null, null);
        moves.act(ngo(), id, ReferralAction.START, null, null, null);
        Referral done = moves.act(ngo(), id, ReferralAction.COMPLETE, "Stayed six weeks, returned home safely",
                "Shelter, counselling", null);

        assertThat(done.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(done.getAcceptedAt()).isNotNull();
        assertThat(done.getCompletedAt()).isNotNull();
        assertThat(done.getEndedAt()).isEqualTo(done.getCompletedAt());
        assertThat(done.getOutcomeNote()).isEqualTo("Stayed six weeks, returned home safely");
        assertThat(done.getServicesDelivered()).isEqualTo("Shelter, counselling");
        assertThat(caseEvents(victimCase)).contains("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_IN_PROGRESS", "REFERRAL_COMPLETED");
        assertThat(referralEvents(done)).containsExactly("CREATED", "SEND", "ACCEPT", "START", "COMPLETE");
        assertThat(notices(done, "ACCEPTED")).contains("police.lahore");
        assertThat(notices(done, "COMPLETED")).contains("police.lahore");
    }

    @Test
    void declineNeedsAReasonAndTheSenderCanReferAgainElsewhere() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();

        assertThatThrownBy(() -> moves.act(ngo(), id, ReferralAction.DECLINE, " ", null, null))
                .isInstanceOf(InvalidInputException.class);
        Referral declined = moves.act(ngo(), id, ReferralAction.DECLINE, "No beds free", null, null);
        assertThat(declined.getDeclineReason()).isEqualTo("No beds free");
        assertThat(notices(declined, "DECLINED")).contains("police.lahore");

        Referral again = newReferrals.create(police(), victimCase.getCaseNumber(), new ReferralRequest("PB-SWD",
                ServiceType.SHELTER, Urgency.HIGH, "Panah has no beds", null, id, false));
        assertThat(again.getReplacesReferralId()).isEqualTo(id);
        assertThat(again.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThatThrownBy(() -> newReferrals.declinedToReferAgain(police(), again.getId()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theSenderWithdrawsBeforeCompletionWithAReason() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        moves.act(ngo(), id, ReferralAction.ACCEPT, null, null, null);
        assertThatThrownBy(() -> moves.act(police(), id, ReferralAction.WITHDRAW, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        Referral withdrawn = moves.act(police(), id, ReferralAction.WITHDRAW, "Family took her home", null, null);
        assertThat(withdrawn.getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(caseEvents(victimCase)).contains("REFERRAL_WITHDRAWN");
    }

    /** Every move from every state it is not allowed from is refused, with the state named, and nothing changes. */
    @Test
    void everyIllegalMoveIsRefused() {
        for (ReferralStatus status : ReferralStatus.values()) {
            for (ReferralAction action : ReferralAction.values()) {
                if (action.allowedFrom(status)) {
                    continue;
                }
                Referral referral = inState(status);
                RabtaUser actor = action.madeBy(true, false) ? police() : ngo();
                if (status == ReferralStatus.DRAFT && actor.username().equals("ngo.lahore")) {
                    assertThatThrownBy(() -> moves.act(actor, referral.getId(), action, "text", null, null))
                            .as("a draft does not exist for the provider").isInstanceOf(RecordNotFoundException.class);
                    continue;
                }
                assertThatThrownBy(() -> moves.act(actor, referral.getId(), action, "text", null, null))
                        .as(action + " from " + status)
                        .isInstanceOfSatisfying(BusinessRuleException.class,
                                e -> assertThat(e.messageCode()).isEqualTo("referrals.error.illegalMove"));
                assertThat(jdbc.sql("select status from referral where id = :id").param("id", referral.getId())
                        .query(String.class).single()).isEqualTo(status.name());
            }
        }
    }

    @Test
    void eachSideMakesOnlyItsOwnMoves() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        assertThatThrownBy(() -> moves.act(police(), id, ReferralAction.ACCEPT, null, null, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.receiverMove"));
        assertThatThrownBy(() -> moves.act(ngo(), id, ReferralAction.WITHDRAW, "no", null, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.senderMove"));
        assertThatThrownBy(() -> moves.act(fixtures.user("fia.karachi"), id, ReferralAction.ACCEPT, null, null, null))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aStaleVersionIsRefused() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.sentToShelter(victimCase);
        long seen = referral.getVersion();
        moves.act(ngo(), referral.getId(), ReferralAction.ACCEPT, null, null, seen);
        assertThatThrownBy(() -> moves.act(ngo(), referral.getId(), ReferralAction.START, null, null, seen))
                .isInstanceOf(ConcurrentEditException.class);
    }

    // ------------------------------------------------------------------ consent

    @Test
    void withoutConsentNothingIsSentAndNothingSaved() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", false);
        assertThatThrownBy(() -> fixtures.sentToShelter(victimCase))
                .isInstanceOfSatisfying(ConsentRequiredException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.consentRequired"));
        assertThat(referralsOf(victimCase)).isZero();
    }

    @Test
    void aChildNeedsConsentOnTheChildsBehalf() {
        VictimCase without = fixtures.childCaseOf("fia.lahore", false);
        assertThatThrownBy(() -> fixtures.refer("fia.lahore", without, ReferralFixtures.CPWB, ServiceType.CHILD_PROTECTION, Urgency.HIGH))
                .isInstanceOfSatisfying(ConsentRequiredException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.consentRequiredChild"));
        VictimCase with = fixtures.childCaseOf("fia.lahore", true);
        Referral referral = fixtures.refer("fia.lahore", with, ReferralFixtures.CPWB, ServiceType.CHILD_PROTECTION, Urgency.HIGH);
        assertThat(referral.isChild()).isTrue();
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void onlyASupervisorOverridesMissingConsentAndOnlyInAnEmergency() {
        VictimCase victimCase = fixtures.caseOf("fia.lahore", false);
        String caseNumber = victimCase.getCaseNumber();
        ReferralRequest emergency = new ReferralRequest(ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY,
                null, "Injured, unable to speak; at risk tonight", null, false);
        assertThatThrownBy(() -> newReferrals.create(fixtures.user("fia.lahore"), caseNumber, emergency))
                .isInstanceOfSatisfying(ConsentRequiredException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.overrideSupervisorOnly"));
        RabtaUser supervisor = fixtures.user("fia.lahore.supervisor");
        assertThatThrownBy(() -> newReferrals.create(supervisor, caseNumber, new ReferralRequest(ReferralFixtures.SHELTER_NGO,
                ServiceType.SHELTER, Urgency.HIGH, null, "reason", null, false)))
                .isInstanceOfSatisfying(ConsentRequiredException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("referrals.error.overrideEmergencyOnly"));
        assertThat(referralsOf(victimCase)).isZero();

        Referral referral = newReferrals.create(supervisor, caseNumber, emergency);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.getConsentOverrideReason()).isEqualTo("Injured, unable to speak; at risk tonight");
        assertThat(referral.getConsentOverrideBy()).isEqualTo(supervisor.fullName());
        assertThat(auditActions(victimCase)).contains("REFERRAL_CONSENT_OVERRIDDEN");
        assertThat(queries.details(fixtures.user("ngo.lahore"), referral.getId()).referral().getConsentOverrideReason())
                .isEqualTo("Injured, unable to speak; at risk tonight");
    }

    @Test
    void aDraftWaitsForConsentBeforeItIsSent() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", false);
        Referral draft = newReferrals.create(police(), victimCase.getCaseNumber(), new ReferralRequest(ReferralFixtures.SHELTER_NGO,
                ServiceType.SHELTER, Urgency.NORMAL, null, null, null, true));
        assertThat(draft.getStatus()).isEqualTo(ReferralStatus.DRAFT);
        assertThatThrownBy(() -> queries.details(ngo(), draft.getId())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> moves.act(police(), draft.getId(), ReferralAction.SEND, null, null, null))
                .isInstanceOf(ConsentRequiredException.class);
    }

    @Test
    void aProviderMustOfferTheServiceToThePerson() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        assertThatThrownBy(() -> fixtures.refer("police.lahore", victimCase, ReferralFixtures.SHELTER_NGO, ServiceType.MEDICAL, Urgency.HIGH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("toAgencyCode"));
        assertThatThrownBy(() -> fixtures.refer("police.lahore", victimCase, "PB-POLICE-LHR", ServiceType.SHELTER, Urgency.HIGH))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void providersAreFilteredByServiceAndLocalOnesComeFirst() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        List<ProviderOption> shelters = newReferrals.providers(victimCase, ServiceType.SHELTER, Set.of(police().agencyId()));
        assertThat(shelters).extracting(o -> o.listing().agencyCode()).contains(ReferralFixtures.SHELTER_NGO, "PB-SWD")
                .doesNotContain("PB-POLICE-LHR");
        assertThat(shelters).allMatch(ProviderOption::isLocal);
        assertThat(newReferrals.providers(victimCase, ServiceType.CHILD_PROTECTION, Set.of(police().agencyId())))
                .as("the Child Protection Bureau takes in children only")
                .extracting(o -> o.listing().agencyCode()).doesNotContain(ReferralFixtures.CPWB);
    }

    @Test
    void eligibilityBySexAndAgeAppliesToEveryOfferLocalOrFurtherAway() {
        VictimCase woman = cases.register(fixtures.user("police.lahore"), CaseForms.withIdentifiers(28, true));
        assertThat(newReferrals.providers(woman, ServiceType.SHELTER, Set.of(police().agencyId())))
                .as("a woman of 28 in Lahore")
                .extracting(o -> o.listing().agencyCode()).contains(ReferralFixtures.SHELTER_NGO)
                .doesNotContain(ReferralFixtures.CPWB);

        // The same woman identified in Karachi, where no shelter is listed: the offers further away are filtered too.
        org.rabta.cases.CaseForm inKarachi = CaseForms.withIdentifiers(28, true);
        inKarachi.setDistrictCode("PK702");
        RabtaUser karachi = fixtures.user("fia.karachi");
        List<ProviderOption> further = newReferrals.providers(cases.register(karachi, inKarachi), ServiceType.SHELTER,
                Set.of(karachi.agencyId()));
        assertThat(further).isNotEmpty().noneMatch(ProviderOption::isLocal);
        assertThat(further).extracting(o -> o.listing().agencyCode()).contains(ReferralFixtures.SHELTER_NGO)
                .doesNotContain(ReferralFixtures.CPWB);

        assertThat(newReferrals.providers(fixtures.childCaseOf("police.lahore", true), ServiceType.SHELTER,
                Set.of(police().agencyId())))
                .as("a girl of 15 is offered the Bureau's shelter")
                .extracting(o -> o.listing().agencyCode()).contains(ReferralFixtures.CPWB);
    }

    @Test
    void aReferralToAProviderThatDoesNotTakeInThePersonIsRefusedOnTheProviderField() {
        VictimCase woman = cases.register(fixtures.user("police.lahore"), CaseForms.withIdentifiers(28, true));

        assertThatThrownBy(() -> fixtures.refer("police.lahore", woman, ReferralFixtures.CPWB, ServiceType.SHELTER,
                Urgency.HIGH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("toAgencyCode",
                                "referrals.error.providerNotEligible")));
        assertThat(queries.ofCase(fixtures.user("police.lahore"), woman)).isEmpty();
    }

    @Test
    void everySexACaseRecordsIsKnownToTheDirectory() {
        for (org.rabta.cases.Sex sex : org.rabta.cases.Sex.values()) {
            assertThat(org.rabta.directory.Eligibility.Sex.valueOf(sex.name())).as(sex.name()).isNotNull();
        }
    }

    // ------------------------------------------------------------------ the receiving agency's view

    @Test
    void theReceivingAgencySeesTheLimitedViewUntilNinetyDaysAfterTheEnd() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();

        ReferralDetails details = queries.details(ngo(), id);
        assertThat(details.sender()).isFalse();
        assertThat(details.person().name()).isEqualTo(victimCase.displayName());
        assertThat(details.person().languages()).isEqualTo("Punjabi, Urdu");
        assertThat(details.person().disability()).isEqualTo("Hearing impairment");
        assertThat(details.actions()).isEqualTo(EnumSet.of(ReferralAction.ACCEPT, ReferralAction.DECLINE, ReferralAction.NOTE));
        assertThat(auditActions(victimCase)).contains("REFERRAL_VIEWED");
        assertThatThrownBy(() -> caseQueries.details(ngo(), victimCase.getCaseNumber()))
                .as("the full case page stays with the owning agency")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(cases.canRead(fixtures.user("swd.punjab"), victimCase.getCaseNumber())).isFalse();

        moves.act(ngo(), id, ReferralAction.DECLINE, "Full", null, null);
        clock.advance(Duration.ofDays(89));
        assertThat(queries.details(ngo(), id).visibleUntil()).isNotNull();
        assertThat(policy.may(ngo(), victimCase, CasePart.REFERRAL_SUMMARY)).isTrue();
        assertThat(cases.canRead(ngo(), victimCase.getCaseNumber())).as("never the whole case").isFalse();

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> queries.details(ngo(), id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(policy.may(ngo(), victimCase, CasePart.REFERRAL_SUMMARY)).isFalse();
        assertThat(queries.details(police(), id).sender()).as("the sender keeps it").isTrue();
    }

    // ------------------------------------------------------------------ helpers

    /** A new referral from the police to the shelter NGO, moved into the given state. */
    private Referral inState(ReferralStatus status) {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        boolean draft = status == ReferralStatus.DRAFT;
        Referral referral = newReferrals.create(police(), victimCase.getCaseNumber(), new ReferralRequest(ReferralFixtures.SHELTER_NGO,
                ServiceType.SHELTER, Urgency.HIGH, null, null, null, draft));
        long id = referral.getId();
        List<ReferralAction> path = switch (status) {
            case DRAFT, SENT -> List.of();
            case ACCEPTED -> List.of(ReferralAction.ACCEPT);
            case DECLINED -> List.of(ReferralAction.DECLINE);
            case IN_PROGRESS -> List.of(ReferralAction.ACCEPT, ReferralAction.START);
            case COMPLETED -> List.of(ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.COMPLETE);
            // after acceptance, so that the provider still reaches it (before, it is not found: ReceivingAgencyAccessTest)
            case WITHDRAWN -> List.of(ReferralAction.ACCEPT, ReferralAction.WITHDRAW);
        };
        for (ReferralAction action : path) {
            referral = moves.act(action == ReferralAction.WITHDRAW ? police() : ngo(), id, action, "text", null, null);
        }
        assertThat(referral.getStatus()).isEqualTo(status);
        return referral;
    }

    /** A move is announced to the case's timeline and the audit trail inside its transaction: a rollback takes back all three. */
    @Test
    void aMoveItsTimelineEntryAndItsAuditLineRollBackTogether() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.sentToShelter(victimCase);

        transactions.executeWithoutResult(status -> {
            moves.act(ngo(), referral.getId(), ReferralAction.ACCEPT, null, null, null);
            assertThat(caseEvents(victimCase)).as("heard inside the transaction").contains("REFERRAL_ACCEPTED");
            assertThat(auditActions(victimCase)).as("heard inside the transaction").contains("REFERRAL_ACCEPT");
            status.setRollbackOnly();
        });

        assertThat(caseEvents(victimCase)).contains("REFERRAL_SENT").doesNotContain("REFERRAL_ACCEPTED");
        assertThat(auditActions(victimCase)).contains("REFERRAL_SEND").doesNotContain("REFERRAL_ACCEPT");
        assertThat(referralEvents(referral)).containsExactly("CREATED", "SEND");
    }

    private List<String> caseEvents(VictimCase victimCase) {
        return jdbc.sql("select type from case_event where case_id = :id order by id").param("id", victimCase.getId())
                .query(String.class).list();
    }

    private List<String> referralEvents(Referral referral) {
        return jdbc.sql("select type from referral_event where referral_id = :id order by id").param("id", referral.getId())
                .query(String.class).list();
    }

    private Set<String> notices(Referral referral, String kind) {
        return Set.copyOf(jdbc.sql("""
                        select u.username from notification n join app_user u on u.id = n.recipient_id
                        where n.subject = 'REFERRAL' and n.subject_id = :id and n.kind = :kind""")
                .param("id", referral.getId()).param("kind", kind).query(String.class).list());
    }

    private List<String> auditActions(VictimCase victimCase) {
        return jdbc.sql("select action from audit_event where case_number = :n order by id").param("n", victimCase.getCaseNumber())
                .query(String.class).list();
    }

    private long referralsOf(VictimCase victimCase) {
        return jdbc.sql("select count(*) from referral where case_id = :id").param("id", victimCase.getId())
                .query(Long.class).single();
    }
}
