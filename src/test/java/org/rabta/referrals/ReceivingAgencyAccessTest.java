package org.rabta.referrals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseAccessPolicy;
import org.rabta.cases.CaseNotesAndAttachments;
import org.rabta.cases.CasePart;
import org.rabta.cases.VictimCase;
import org.rabta.screening.ScreeningCommand;
import org.rabta.screening.ScreeningRecording;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.MutableClock;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The receiving agency of a referral sees the referral's summary of the case and nothing more (no attachments,
 * screenings or notes), from sending until the referral is completed, declined, or withdrawn after acceptance plus
 * 90 days; a referral withdrawn before acceptance ends its access at once. Every probe it makes beyond that is a 404,
 * audited as a denied probe.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ReceivingAgencyAccessTest {

    /** The smallest PDF {@code AttachmentTypes} accepts: its signature. */
    private static final byte[] PDF = "%PDF-1.4\n%police statement\n".getBytes(StandardCharsets.US_ASCII);

    private final MockMvc mvc;

    private final ReferralFixtures fixtures;

    private final ReferralMoves moves;

    private final ReferralQueries queries;

    private final CaseNotesAndAttachments cases;

    private final CaseAccessPolicy policy;

    private final ScreeningRecording recording;

    private final JdbcClient jdbc;

    private final MutableClock clock;

    @Test
    void theReceivingAgencyCannotDownloadTheCasesAttachments() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long attachmentId = cases.addAttachment(fixtures.user("police.lahore"), victimCase.getCaseNumber(), "statement.pdf",
                PDF, "Police statement").getId();
        long referralId = fixtures.sentToShelter(victimCase).getId();
        String download = "/cases/" + victimCase.getCaseNumber() + "/attachments/" + attachmentId;

        mvc.perform(get("/referrals/" + referralId).with(user(fixtures.user("ngo.lahore")))).andExpect(status().isOk());
        mvc.perform(get(download).with(user(fixtures.user("ngo.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(user(fixtures.user("police.lahore")))).andExpect(status().isOk());

        assertThat(deniedProbes(victimCase, "ngo.lahore")).as("the probe is audited with the user and the request")
                .containsExactly("GET " + download + ": answered 404");
    }

    @Test
    void theReceivingAgencyCannotReadTheCasesScreeningsDraftsIncluded() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        String caseNumber = victimCase.getCaseNumber();
        long screeningId = recording.create(fixtures.user("police.lahore"), caseNumber, new ScreeningCommand(null,
                Facts.yes(Fact.ACT_TRANSPORTED), Set.of(), null, null, true)).getId();
        fixtures.sentToShelter(victimCase);
        var ngo = httpBasic("ngo.lahore", TestUsers.PASSWORD);

        mvc.perform(get("/api/v1/cases/" + caseNumber + "/screenings").with(ngo)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screenings/" + screeningId).with(ngo)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseNumber + "/screenings/" + screeningId).with(user(fixtures.user("ngo.lahore"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screenings/" + screeningId).with(httpBasic("police.lahore", TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(deniedProbes(victimCase, "ngo.lahore")).hasSize(3);
    }

    @Test
    void aReferralWithdrawnBeforeAcceptanceEndsTheReceivingAgencysAccessAtOnce() throws Exception {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        assertThat(policy.may(fixtures.user("ngo.lahore"), victimCase, CasePart.REFERRAL_SUMMARY)).isTrue();

        moves.act(fixtures.user("police.lahore"), id, ReferralAction.WITHDRAW, "Sent to the wrong shelter", null, null);

        assertThatThrownBy(() -> queries.details(fixtures.user("ngo.lahore"), id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(policy.may(fixtures.user("ngo.lahore"), victimCase, CasePart.REFERRAL_SUMMARY)).isFalse();
        mvc.perform(get("/referrals/" + id).with(user(fixtures.user("ngo.lahore")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals/" + id).with(httpBasic("ngo.lahore", TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(queries.list(fixtures.user("ngo.lahore"), ReferralBox.RECEIVED, null, 0).getContent())
                .extracting(Referral::getId).doesNotContain(id);
        assertThat(queries.details(fixtures.user("police.lahore"), id).sender()).as("the sender keeps it").isTrue();
    }

    @Test
    void aReferralWithdrawnAfterAcceptanceKeepsTheSummaryForNinetyDays() {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        moves.act(fixtures.user("ngo.lahore"), id, ReferralAction.ACCEPT, null, null, null);
        moves.act(fixtures.user("police.lahore"), id, ReferralAction.WITHDRAW, "The family took her home", null, null);

        clock.advance(Duration.ofDays(89));
        assertThat(queries.details(fixtures.user("ngo.lahore"), id).person().name()).isEqualTo(victimCase.displayName());
        assertThat(policy.may(fixtures.user("ngo.lahore"), victimCase, CasePart.REFERRAL_SUMMARY)).isTrue();
        assertThat(policy.may(fixtures.user("ngo.lahore"), victimCase, CasePart.FULL)).isFalse();
        assertThat(queries.list(fixtures.user("ngo.lahore"), ReferralBox.RECEIVED, null, 0).getContent())
                .extracting(Referral::getId).contains(id);

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> queries.details(fixtures.user("ngo.lahore"), id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(policy.may(fixtures.user("ngo.lahore"), victimCase, CasePart.REFERRAL_SUMMARY)).isFalse();
    }

    private List<String> deniedProbes(VictimCase victimCase, String username) {
        return jdbc.sql("select details from audit_event where action = 'ACCESS_DENIED' and case_number = :n and actor = :u order by id")
                .param("n", victimCase.getCaseNumber()).param("u", username).query(String.class).list();
    }
}
