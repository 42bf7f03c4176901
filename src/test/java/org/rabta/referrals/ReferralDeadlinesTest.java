package org.rabta.referrals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rabta.cases.VictimCase;
import org.rabta.directory.ServiceType;
import org.rabta.notifications.Notification;
import org.rabta.notifications.NotificationKind;
import org.rabta.notifications.NotificationService;
import org.rabta.notifications.Subject;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@RabtaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@RequiredArgsConstructor
class ReferralDeadlinesTest {

    private final ReferralDeadlines deadlines;

    private final ReferralMoves moves;

    private final ReferralQueries queries;

    private final NotificationService notifications;

    private final ReferralFixtures fixtures;

    private final JdbcClient jdbc;

    private final ReferralInboxCounter inbox;

    private final MutableClock clock;

    private final ApplicationContext context;

    @Test
    void aReferralNotAcceptedInTimeIsOverdueOnceAcrossTwoInstances() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.refer("police.lahore", victimCase, ReferralFixtures.SHELTER_NGO, ServiceType.SHELTER, Urgency.EMERGENCY);

        clock.advance(Duration.ofHours(23));
        deadlines.markOverdue();
        assertThat(overdue(referral)).as("23 hours after an emergency referral").isFalse();

        clock.advance(Duration.ofHours(2));
        // Two instances whose schedules fire together, then a third run later: one set of notices in all.
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = deadlines::markOverdue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> result : runs) {
                result.get();
            }
        }
        deadlines.markOverdue();

        assertThat(overdue(referral)).isTrue();
        assertThat(overdueNotices(referral)).as("one notice per person")
                .containsExactlyInAnyOrderElementsOf(toBeToldOfDelay(referral));
        assertThat(overdueEvents(referral)).isEqualTo(1);
        assertThat(queries.list(fixtures.user("ngo.lahore"), ReferralBox.OVERDUE, null, 0).getContent())
                .extracting(Referral::getId).contains(referral.getId());

        Referral accepted = moves.act(fixtures.user("ngo.lahore"), referral.getId(), ReferralAction.ACCEPT, null, null, null);
        assertThat(accepted.isOverdue()).as("accepting clears it").isFalse();
    }

    @Test
    void anAcceptedReferralWithoutAnUpdateForFourteenDaysIsOverdue() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        moves.act(fixtures.user("ngo.lahore"), id, ReferralAction.ACCEPT, null, null, null);
        Referral referral = queries.get(fixtures.user("police.lahore"), id);

        clock.advance(Duration.ofDays(13));
        deadlines.markOverdue();
        assertThat(overdue(referral)).isFalse();
        moves.act(fixtures.user("ngo.lahore"), id, ReferralAction.NOTE, "Counselling twice a week", null, null);

        clock.advance(Duration.ofDays(13));
        deadlines.markOverdue();
        assertThat(overdue(referral)).as("the progress note restarted the 14 days").isFalse();

        clock.advance(Duration.ofDays(2));
        deadlines.markOverdue();
        deadlines.markOverdue();
        assertThat(overdue(referral)).isTrue();
        assertThat(overdueNotices(referral)).containsExactlyInAnyOrderElementsOf(toBeToldOfDelay(referral));
    }

    @Test
    void withoutSmtpANoticeIsLoggedAndNoMailIsSent(CapturedOutput output) {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no spring.mail.host, so no mail sender exists that could send anything").isNull();
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        Referral referral = fixtures.sentToShelter(victimCase);
        assertThat(output.getOut()).contains("No SMTP configured (spring.mail.host): NEW notice for referral "
                + referral.getId() + " kept in-app only, no e-mail sent");
    }

    @Test
    void theInboxCountFollowsAReferralSentThroughThisInstanceAtOnce() {
        long shelter = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true)).getToAgencyId();
        int before = inbox.waiting(shelter);
        assumeTrue(before <= NotificationService.COUNT_CAP, "the shelter's inbox is beyond the cap: no change to see");
        fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        assertThat(inbox.waiting(shelter)).isEqualTo(before + 1);
    }

    @Test
    void theBellCountsUnreadNoticesAndMarkingReadClearsThem() {
        var ngo = fixtures.user("ngo.lahore");
        notifications.markAllRead(ngo);
        assertThat(notifications.unreadCount(ngo)).isZero();
        // The bell remembers its count: each change through this instance must clear it at once.
        assertThat(notifications.bellCount(ngo)).isZero();
        Referral referral = fixtures.sentToShelter(fixtures.caseOf("police.lahore", true));
        assertThat(notifications.unreadCount(ngo)).isEqualTo(1);
        assertThat(notifications.bellCount(ngo)).isEqualTo(1);
        // Other tests moved the clock and left notices dated later: find this referral's among the newest.
        Notification notice = notifications.list(ngo, 0).getContent().stream()
                .filter(n -> n.subject() == Subject.REFERRAL && n.subjectId() == referral.getId()).findFirst().orElseThrow();
        assertThat(notice.kind()).isEqualTo(NotificationKind.NEW);
        assertThat(notice.isUnread()).isTrue();
        assertThat(notifications.markRead(ngo, notice.id())).isEqualTo("/referrals/" + referral.getId());
        assertThat(notifications.unreadCount(ngo)).isZero();
        assertThat(notifications.bellCount(ngo)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.markRead(fixtures.user("police.lahore"), notice.id()))
                .isInstanceOf(org.rabta.shared.RecordNotFoundException.class);
    }

    private boolean overdue(Referral referral) {
        return jdbc.sql("select overdue from referral where id = :id").param("id", referral.getId()).query(Boolean.class).single();
    }

    /** The receiving agency's caseworkers and supervisors, and the person who sent the referral (police.lahore). */
    private List<String> toBeToldOfDelay(Referral referral) {
        List<String> people = new java.util.ArrayList<>(jdbc.sql("""
                        select distinct u.username from app_user u join app_user_role r on r.user_id = u.id
                        where u.agency_id = :agency and u.active and r.role in ('CASEWORKER', 'SUPERVISOR')""")
                .param("agency", referral.getToAgencyId()).query(String.class).list());
        assertThat(people).as("the shelter's staff").contains("ngo.lahore");
        people.add("police.lahore");
        return people;
    }

    private List<String> overdueNotices(Referral referral) {
        return jdbc.sql("""
                        select u.username from notification n join app_user u on u.id = n.recipient_id
                        where n.subject = 'REFERRAL' and n.subject_id = :id and n.kind = 'OVERDUE'""")
                .param("id", referral.getId()).query(String.class).list();
    }

    private long overdueEvents(Referral referral) {
        return jdbc.sql("select count(*) from referral_event where referral_id = :id and type = 'OVERDUE'")
                .param("id", referral.getId()).query(Long.class).single();
    }
}
