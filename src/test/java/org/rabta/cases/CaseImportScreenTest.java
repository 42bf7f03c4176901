package org.rabta.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseImportScreenTest {

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final String day = today().minusDays(2).toString();

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "cases.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file of cases identified in Lahore two days ago, all with that last name, one row a sex (valid or not). */
    private MockMultipartFile casesOfSex(String lastName, String... sexes) {
        StringBuilder rows = new StringBuilder("identified_on,district_code,sex,last_name\n");
        for (String sex : sexes) {
            rows.append(day).append(",PK617,").append(sex).append(',').append(lastName).append('\n');
        }
        return csv(rows.toString());
    }

    private long casesNamed(String lastName) {
        return jdbc.sql("select count(*) from victim_case where last_name = :n").param("n", lastName).query(Long.class).single();
    }

    /**
     * Uploads, follows the redirect and answers the report page. The flash attributes travel in the
     * PostgreSQL-backed session, so the second request sends the session cookie as a browser would.
     */
    private String uploadAndShow(MockMultipartFile file, String mode) throws Exception {
        MvcResult posted = mvc.perform(multipart("/cases/import").file(file).param("mode", mode).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/import"))
                .andExpect(flash().attributeExists("result"))
                .andReturn();
        return follow(posted);
    }

    private String follow(MvcResult posted) throws Exception {
        return mvc.perform(get("/cases/import").cookie(posted.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    @WithUserDetails("fia.lahore")
    void theCaseListLinksToTheImportFormWhichHasAFileInputAndTheModes() throws Exception {
        mvc.perform(get("/cases")).andExpect(content().string(containsString("href=\"/cases/import\"")));
        mvc.perform(get("/cases/import"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("type=\"file\"")))
                .andExpect(content().string(containsString("value=\"all-or-nothing\"")))
                .andExpect(content().string(containsString("value=\"valid-rows\"")))
                .andExpect(content().string(containsString("exploitation_types")));
    }

    @Test
    @WithUserDetails("fia.lahore.supervisor")
    void anUploadedFileIsImportedAndTheReportShown() throws Exception {
        String lastName = Unique.surname();
        String page = uploadAndShow(casesOfSex(lastName, "FEMALE", "MALE"), "all-or-nothing");
        assertThat(page).contains("2 cases were imported.").contains("cases.csv");
        assertThat(casesNamed(lastName)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("fia.lahore")
    void aRejectedFileShowsEveryProblemEscapedAndSavesNothing() throws Exception {
        String lastName = Unique.surname();
        String page = uploadAndShow(casesOfSex(lastName, "FEMALE", "<script>alert(1)</script>"), "all-or-nothing");
        assertThat(page).contains("The file was rejected and nothing was imported.")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(casesNamed(lastName)).isZero();

        page = uploadAndShow(casesOfSex(lastName, "FEMALE", "GIRL"), "valid-rows");
        assertThat(page).contains("1 case was imported.").contains("GIRL");
        assertThat(casesNamed(lastName)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("fia.lahore")
    void withoutAFileTheFormSaysSoAndWithoutCsrfTheUploadIsRefused() throws Exception {
        MvcResult posted = mvc.perform(multipart("/cases/import").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(csrf()))
                .andExpect(redirectedUrl("/cases/import")).andReturn();
        assertThat(follow(posted)).contains("Choose a CSV file to import.");
        mvc.perform(multipart("/cases/import").file(csv("identified_on,district_code,sex\n" + day + ",PK617,FEMALE\n")))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("analyst")
    void peopleWithoutACaseRoleDoNotFindTheScreen() throws Exception {
        mvc.perform(get("/cases/import")).andExpect(status().isNotFound());
        mvc.perform(multipart("/cases/import").file(csv("identified_on,district_code,sex\n" + day + ",PK617,FEMALE\n")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("imported"))));
    }
}
