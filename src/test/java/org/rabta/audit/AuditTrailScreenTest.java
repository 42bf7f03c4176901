package org.rabta.audit;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@WithUserDetails("admin")
@RequiredArgsConstructor
class AuditTrailScreenTest {

    private static final Pattern OLDER_LINK = Pattern.compile("href=\"([^\"]*before=\\d+[^\"]*)\"[^>]*>Older<");

    private final MockMvc mvc;

    private final AuditTrail audit;

    /** Actions of this test's own lines (audit knows no feature's actions); CASE_UPDATED as the cases feature writes it. */
    private enum TestAction implements AuditAction { TEST_EVEN, TEST_ODD, TEST_TOUCHED, CASE_UPDATED }

    @Test
    void filtersByActorAndActionNewestFirstAndPagesByKeyset() throws Exception {
        String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 55; i++) {
            audit.record(AuditRecord.of(i % 2 == 0 ? TestAction.TEST_EVEN : TestAction.TEST_ODD, "TEST", "item-" + i, "detail " + i).byActor(actor));
        }
        // In the query string, as a browser sends it: the "Older" link keeps the filter from there.
        String first = mvc.perform(get("/admin/audit?actor={actor}", actor))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(first, "item-")).isEqualTo(50);
        assertThat(first.indexOf(">item-55<")).isLessThan(first.indexOf(">item-54<"));
        assertThat(first).contains(">item-6<").doesNotContain(">item-5<");

        Matcher older = OLDER_LINK.matcher(first);
        assertThat(older.find()).isTrue();
        String second = mvc.perform(get(older.group(1).replace("&amp;", "&")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(second, "item-")).isEqualTo(5);
        assertThat(second).contains(">item-1<").contains(">item-5<").doesNotContain(">item-6<").doesNotContain(">Older<")
                .contains(">Newest<");

        String even = mvc.perform(get("/admin/audit").param("actor", actor).param("action", "test_even"))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(even, "item-")).isEqualTo(27);
        assertThat(even).doesNotContain(">item-55<");
    }

    @Test
    void filtersByTargetAndShowsWhatAdminsDid() throws Exception {
        String target = "target-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(AuditRecord.of(TestAction.TEST_TOUCHED, "TEST", target, "a visible detail").byActor("someone"));
        mvc.perform(get("/admin/audit").param("targetType", "TEST").param("targetId", target))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a visible detail")))
                .andExpect(content().string(containsString("TEST_TOUCHED")));
        mvc.perform(get("/admin/audit").param("targetId", target))
                .andExpect(content().string(containsString("a visible detail")));
        mvc.perform(get("/admin/audit").param("targetType", "USER").param("targetId", target))
                .andExpect(content().string(not(containsString("a visible detail"))));
    }

    @Test
    void theDetailsOfCaseEventsAreWithheldFromAdministrators() throws Exception {
        String caseNumber = "PB-2026-9" + String.format("%05d", (int) (System.nanoTime() % 100_000));
        audit.record(AuditRecord.forCase(TestAction.CASE_UPDATED, caseNumber, "lastName: Bibi -> Shabana Khatoon").byActor("fia.lahore"));
        mvc.perform(get("/admin/audit").param("targetType", "CASE").param("targetId", caseNumber))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(containsString("CASE_UPDATED")))
                .andExpect(content().string(containsString("Withheld: case data")))
                .andExpect(content().string(not(containsString("Shabana Khatoon"))));
    }

    @Test
    @WithUserDetails("fia.lahore.supervisor")
    void nobodyButAnAdminReadsTheWholeTrail() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }

    private static int rows(String html, String marker) {
        return html.split(">" + marker + "\\d+<", -1).length - 1;
    }
}
