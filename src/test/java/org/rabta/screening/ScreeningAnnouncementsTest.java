package org.rabta.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.ScreeningFixtures.CASEWORKER;
import static org.rabta.screening.ScreeningFixtures.SUPERVISOR;
import static org.rabta.screening.ScreeningFixtures.TRAFFICKED;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A confirmation is announced to the case (its timeline) and to the audit trail as an event both hear inside the
 * confirming transaction: within it both are written already, and when the confirmation rolls back, so do both.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ScreeningAnnouncementsTest {

    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final ScreeningFixtures fixtures;
    private final JdbcClient jdbc;
    private final Transactions transactions;

    @Test
    void theTimelineEntryAndTheAuditLineCommitOrRollBackWithTheConfirmation() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening submitted = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(TRAFFICKED, null, null));

        transactions.executeWithoutResult(status -> {
            reviews.confirm(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion());
            assertThat(timeline(caseNumber)).as("heard inside the transaction").contains("SCREENING_CONFIRMED");
            assertThat(auditActions(caseNumber)).as("heard inside the transaction").contains("SCREENING_CONFIRMED");
            status.setRollbackOnly();
        });

        assertThat(timeline(caseNumber)).contains("SCREENING_DETERMINED").doesNotContain("SCREENING_CONFIRMED");
        assertThat(auditActions(caseNumber)).contains("SCREENING_DETERMINED").doesNotContain("SCREENING_CONFIRMED");
        assertThat(reads.get(fixtures.user(CASEWORKER), submitted.getId()).screening().getStatus())
                .isEqualTo(ScreeningStatus.SUBMITTED);

        reviews.confirm(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion());
        assertThat(timeline(caseNumber)).containsOnlyOnce("SCREENING_CONFIRMED");
        assertThat(auditActions(caseNumber)).containsOnlyOnce("SCREENING_CONFIRMED");
    }

    private List<String> timeline(String caseNumber) {
        return jdbc.sql("select e.type from case_event e join victim_case c on c.id = e.case_id where c.case_number = :n")
                .param("n", caseNumber).query(String.class).list();
    }

    private List<String> auditActions(String caseNumber) {
        return jdbc.sql("select action from audit_event where case_number = :n").param("n", caseNumber)
                .query(String.class).list();
    }
}
