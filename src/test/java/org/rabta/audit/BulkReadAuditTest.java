package org.rabta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Lists, searches, exports and duplicate checks leave one audit event with what was asked and one row per case
 * returned; administrators see that they happened but never their terms; the owning agency's supervisor sees them
 * on the case ("who looked at this person"), with the terms of their own agency's searches only.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class BulkReadAuditTest {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final AuditTrail audit;

    /** A case of fia.lahore with a made-up, unique surname and CNIC; answers {case number, surname, CNIC}. */
    private String[] registerFiaLahoreCase() throws Exception {
        // Random letters of the whole alphabet: names drawn from a-f alone were close enough for the fuzzy name
        // search to find another test's case too.
        String surname = "Zq" + ThreadLocalRandom.current().ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String cnic = "%05d-%07d-%d".formatted(ThreadLocalRandom.current().nextInt(10_000, 99_999),
                ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), ThreadLocalRandom.current().nextInt(10));
        String day = LocalDate.now(ZoneId.of("Asia/Karachi")).minusDays(2).toString();
        String location = mvc.perform(post("/api/v1/cases").with(httpBasic("fia.lahore", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"identifiedOn": "%s", "districtCode": "PK617", "howIdentified": "BORDER_OR_AIRPORT",
                                 "person": {"firstName": "Nasreen", "lastName": "%s", "sex": "FEMALE", "ageYears": 31,
                                            "nationality": "PK", "cnic": "%s"},
                                 "consent": {"dataProcessing": "GIVEN", "referral": "REFUSED", "date": "%s", "recordedBy": "Sadia"}}
                                """.formatted(day, surname, cnic, day)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        return new String[] {location.substring(location.lastIndexOf('/') + 1), surname, cnic};
    }

    private <T> T asAdmin(Supplier<T> call) {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Request(long id, String action, String terms) {
    }

    /** The newest bulk read of the user, which is of that action. */
    private Request lastRead(String username, String action) {
        Request read = lastRead(username);
        assertThat(read.action()).isEqualTo(action);
        return read;
    }

    /** The newest bulk read of the user. */
    private Request lastRead(String username) {
        return jdbc.sql("""
                        select id, action, terms from audit_event where actor = :actor and target_type = 'CASE_LIST'
                        order by id desc limit 1""")
                .param("actor", username).query((rs, row) -> new Request(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    private List<String> casesOf(Request request) {
        return jdbc.sql("select case_number from audit_case_read where event_id = :id")
                .param("id", request.id()).query(String.class).list();
    }

    @Test
    void anApiPageOfAHundredCasesIsOneRequestRowAndOneRowPerCase() throws Exception {
        registerFiaLahoreCase();
        String json = mvc.perform(get("/api/v1/cases").param("size", "100").param("page", "0")
                        .with(httpBasic("fia.lahore", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> returned = JsonPath.read(json, "$.items[*].caseNumber");

        Request read = lastRead("fia.lahore", "CASES_LISTED");
        assertThat(read.terms()).isEqualTo("page=0, size=100");
        assertThat(returned).isNotEmpty();
        assertThat(casesOf(read)).containsExactlyInAnyOrderElementsOf(returned);

        String page1 = mvc.perform(get("/api/v1/cases").param("size", "2").param("page", "1")
                        .with(httpBasic("fia.lahore", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Request second = lastRead("fia.lahore");
        assertThat(second.terms()).isEqualTo("page=1, size=2");
        assertThat(casesOf(second)).containsExactlyInAnyOrderElementsOf(JsonPath.read(page1, "$.items[*].caseNumber"));
    }

    @Test
    void aCnicSearchRecordsTheCnicAndTheCaseFoundAndOnlyTheOwningSupervisorSeesIt() throws Exception {
        String[] found = registerFiaLahoreCase();
        mvc.perform(get("/api/v1/cases").param("q", found[2]).with(httpBasic("fia.lahore", PASSWORD)))
                .andExpect(status().isOk());

        Request search = lastRead("fia.lahore", "CASES_SEARCHED");
        assertThat(search.terms()).contains("q=" + found[2]);
        assertThat(casesOf(search)).containsExactly(found[0]);

        // Administrators: that fia.lahore searched and that one case came back, never what was searched for.
        AuditPage trail = asAdmin(() -> audit.search(new AuditFilter("CASES_SEARCHED", "fia.lahore", null, null, null)));
        assertThat(trail.entries().getFirst().casesReturned()).isEqualTo(1);
        assertThat(trail.entries()).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(found[2]));
        String adminPage = mvc.perform(get("/admin/audit").param("actor", "fia.lahore")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("CASES_SEARCHED", "Cases returned: 1").doesNotContain(found[2]);

        // The owning agency's supervisor: who searched, for what, on the case; nobody else sees the section.
        String reads = mvc.perform(get("/cases/" + found[0] + "/reads").with(user(users.loadUserByUsername("fia.lahore.supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reads).contains("fia.lahore", "Case search", "q=" + found[2], "among the cases returned");
        for (String other : List.of("fia.lahore", "fia.karachi.supervisor", "admin", "ngo.lahore")) {
            mvc.perform(get("/cases/" + found[0] + "/reads").with(user(users.loadUserByUsername(other))))
                    .andExpect(status().isNotFound());
        }
        String casePage = mvc.perform(get("/cases/" + found[0]).with(user(users.loadUserByUsername("fia.lahore"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).doesNotContain("/reads");
    }

    @Test
    void aCsvExportRecordsEveryCaseItStreams() throws Exception {
        String[] exported = registerFiaLahoreCase();
        MvcResult started = mvc.perform(get("/statistics/exports/cases.csv").param("q", exported[1])
                        .with(user(users.loadUserByUsername("fia.lahore"))))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(exported[0]);

        Request export = lastRead("fia.lahore", "CASES_EXPORTED");
        assertThat(export.terms()).contains("q=" + exported[1]);
        assertThat(casesOf(export)).containsExactly(exported[0]);
    }

    @Test
    void anHtcdsExportStreamsAndRecordsEveryCaseItHoldsAndAReferralListItsCases() throws Exception {
        String[] exported = registerFiaLahoreCase();
        MvcResult started = mvc.perform(get("/statistics/exports/htcds.csv").param("q", exported[2]).param("identifiers", "true")
                        .with(user(users.loadUserByUsername("fia.lahore.supervisor"))))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(exported[0], exported[1]);
        Request export = lastRead("fia.lahore.supervisor", "CASES_EXPORTED");
        assertThat(export.terms()).contains("q=" + exported[2]);
        assertThat(casesOf(export)).containsExactly(exported[0]);

        mvc.perform(get("/statistics/exports/htcds.csv").param("identifiers", "true").with(user(users.loadUserByUsername("fia.lahore"))))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/statistics/exports"))
                .andExpect(flash().attribute("error", "reporting.error.identifiersSupervisorOnly"));

        String json = mvc.perform(get("/api/v1/referrals").param("role", "sent").with(httpBasic("police.lahore", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> referred = JsonPath.read(json, "$.items[*].caseNumber");
        Request list = lastRead("police.lahore", "REFERRALS_LISTED");
        assertThat(list.terms()).isEqualTo("box=SENT, page=0");
        assertThat(referred).isNotEmpty();
        assertThat(casesOf(list)).containsExactlyInAnyOrderElementsOf(referred.stream().distinct().toList());
    }

    @Test
    void aDuplicateCheckRecordsWhatWasTypedAndEveryCandidateAcrossAgencies() throws Exception {
        String[] existing = registerFiaLahoreCase();
        mvc.perform(post("/cases/new/duplicates").with(user(users.loadUserByUsername("fia.karachi"))).with(csrf())
                        .header("HX-Request", "true")
                        .param("firstName", "Nasreen").param("lastName", existing[1]).param("cnic", existing[2]))
                .andExpect(status().isOk());

        Request check = lastRead("fia.karachi", "CASE_DUPLICATES_CHECKED");
        assertThat(check.terms()).contains("lastName=" + existing[1], "cnic=" + existing[2]);
        assertThat(casesOf(check)).contains(existing[0]);

        // FIA Lahore's supervisor sees that FIA Karachi's check returned the case, but not what Karachi typed.
        String reads = mvc.perform(get("/cases/" + existing[0] + "/reads").with(user(users.loadUserByUsername("fia.lahore.supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reads).contains("fia.karachi", "Duplicate check", "Withheld: not a search of your agency")
                .doesNotContain("cnic=" + existing[2]);
    }

    @Test
    void theSupervisorsSectionListsEveryKindOfReadNewestFirstAndPages() throws Exception {
        String[] seen = registerFiaLahoreCase();
        var caseworker = httpBasic("fia.lahore", PASSWORD);
        mvc.perform(get("/api/v1/cases/" + seen[0]).with(caseworker)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases").param("q", seen[1]).with(caseworker)).andExpect(status().isOk());
        for (int i = 0; i < AuditTrail.READS_PAGE_SIZE; i++) {
            mvc.perform(get("/api/v1/cases").param("q", seen[0]).with(caseworker)).andExpect(status().isOk());
        }
        var supervisor = users.loadUserByUsername("fia.lahore.supervisor");

        CaseReadPage first = audit.readsOf(seen[0], "FIA-AHTC-LHR", null);
        assertThat(first.reads()).hasSize(AuditTrail.READS_PAGE_SIZE).allSatisfy(read -> {
            assertThat(read.action()).isEqualTo("CASES_SEARCHED");
            assertThat(read.listed()).isTrue();
        });
        CaseReadPage second = audit.readsOf(seen[0], "FIA-AHTC-LHR", first.nextBefore());
        assertThat(second.reads()).extracting(CaseRead::action).containsSubsequence("CASES_SEARCHED", "CASE_VIEWED");
        assertThat(second.reads().getFirst().terms()).isEqualTo("q=" + seen[1] + ", page=0, size=25");
        assertThat(audit.readsOf(seen[0], "FIA-AHTC-KHI", first.nextBefore()).reads())
                .allSatisfy(read -> assertThat(read.terms()).isNull());

        String older = mvc.perform(get("/cases/" + seen[0] + "/reads").param("before", String.valueOf(first.nextBefore()))
                        .header("HX-Request", "true").with(user(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(older).startsWith("<section").contains("Opened the case", "Newest");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveACaseReadRow() {
        long event = jdbc.sql("select max(event_id) from audit_case_read").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_case_read set case_number = 'XX' where event_id = :id")
                .param("id", event).update()).rootCause().hasMessageContaining("audit_case_read is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_case_read where event_id = :id").param("id", event).update())
                .rootCause().hasMessageContaining("audit_case_read is append-only");
    }
}
