package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.accounts.RabtaUser;
import org.rabta.directory.AgencyType;
import org.rabta.geography.GeographyService;
import org.rabta.support.PdfText;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The statistics screens and API: what they show, in which shape, and to whom. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class StatisticsScreensTest {

    /** The language cookie, not ?lang=ur, which would also change the signed-in user's profile for other tests. */
    private static final Cookie URDU_READER = new Cookie("rabta-lang", "ur");

    private final MockMvc mvc;

    private final ReportingFixtures fixtures;

    private final MessageSource messages;

    private final GeographyService geography;

    private RabtaUser userWithCases() {
        RabtaUser user = fixtures.newCaseworker(AgencyType.POLICE);
        fixtures.register(user, LocalDate.of(2020, 7, 1));
        fixtures.register(user, LocalDate.of(2020, 7, 2), LAHORE, MALE, 12);
        fixtures.register(user, LocalDate.of(2020, 8, 3), "PK701", FEMALE, 14);
        return user;
    }

    @Test
    void theAnnualReportApiAnswersInThePublishedShape() throws Exception {
        RabtaUser user = userWithCases();
        mvc.perform(get("/api/v1/reports/annual").param("year", "2020").with(httpBasic(user.username(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(2020))
                .andExpect(jsonPath("$.scope").value(containsString(user.agencyCode())))
                .andExpect(jsonPath("$.victims.total").value(3))
                .andExpect(jsonPath("$.victims.women").value(1))
                .andExpect(jsonPath("$.victims.men").value(0))
                .andExpect(jsonPath("$.victims.girls").value(1))
                .andExpect(jsonPath("$.victims.boys").value(1))
                .andExpect(jsonPath("$.victims.children").value(2))
                .andExpect(jsonPath("$.victims.transgender").value(0))
                .andExpect(jsonPath("$.victims.notRecorded").value(0))
                .andExpect(jsonPath("$.forcedLabour").value(0))
                .andExpect(jsonPath("$.byExploitationType.FORCED_LABOUR").value(0))
                .andExpect(jsonPath("$.byProvince.PK6").value(2))
                .andExpect(jsonPath("$.byProvince.PK7").value(1));
        mvc.perform(get("/api/v1/reports/annual").param("year", "2020").param("province", "PK6").param("district", LAHORE)
                        .with(httpBasic(user.username(), TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.victims.total").value(2))
                .andExpect(jsonPath("$.scope").value(containsString("Lahore, Punjab")));
    }

    @Test
    void badFiltersAreProblemDetailsNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/reports/annual").param("year", "2020").param("province", "PK6").param("district", "PK701")
                        .with(httpBasic("analyst", "Rabta-demo-2026")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(get("/api/v1/reports/annual").with(httpBasic("analyst", "Rabta-demo-2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/reports/annual").param("year", "twenty").with(httpBasic("analyst", "Rabta-demo-2026")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void administratorsAndStrangersGetNoStatistics() throws Exception {
        mvc.perform(get("/api/v1/reports/annual").param("year", "2020"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/annual").param("year", "2020").with(httpBasic("admin", "Rabta-demo-2026")))
                .andExpect(status().isNotFound());
        RabtaUser admin = fixtures.demoUser("admin");
        mvc.perform(get("/statistics").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/annual").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/exports").with(user(fixtures.demoUser("analyst")))).andExpect(status().isNotFound());
    }

    @Test
    void theDashboardShowsTheFiguresInTablesUnderTheirCharts() throws Exception {
        RabtaUser user = userWithCases();
        String html = mvc.perform(get("/statistics").param("from", "2020-01").param("to", "2020-12").with(user(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select(".statistics-headline dd").first().text()).isEqualTo("3");
        assertThat(page.select("#table-month tbody tr")).hasSize(12);
        assertThat(page.select("#table-month tbody tr").get(6).select("td").text()).isEqualTo("2");
        assertThat(page.select("[data-chart][data-table=table-province] canvas[role=img]")).hasSize(1);
        assertThat(page.select("#from").attr("value")).isEqualTo("2020-01");
        assertThat(page.select("a[href*=/statistics/export/province.csv]").attr("href"))
                .contains("from=2020-01").contains("to=2020-12");
        assertThat(page.select("a[href=/statistics]").text()).contains("Statistics");

        String invalid = mvc.perform(get("/statistics").param("district", "PK999").with(user(user)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(invalid).select("#district.is-invalid + .invalid-feedback").text())
                .isEqualTo("Choose a district from the list.");
    }

    @Test
    void theAnnualReportIsAPageAPdfAndExports() throws Exception {
        RabtaUser user = userWithCases();
        String html = mvc.perform(get("/statistics/annual").param("year", "2020").with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select(".lead").text())
                .isEqualTo("Persons identified as victims of trafficking in 2020: 3. Women: 1; men: 0; children: 2; transgender persons: 0.");

        MvcResult pdf = mvc.perform(get("/statistics/annual.pdf").param("year", "2020").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(PdfText.of(document)).contains("Annual report 2020", "Victims identified", "Women", "By province",
                    "Punjab", "Sindh");
            assertThat(PdfText.fonts(document)).containsOnly("Helvetica", "Helvetica-Bold");
        }

        mvc.perform(get("/statistics/annual.pdf").param("year", "2020").param("district", "PK999").with(user(user)))
                .andExpect(status().isSeeOther());
        mvc.perform(get("/statistics/annual/export.csv").param("year", "2020").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Total,3")));
    }

    @Test
    void anUrduReaderGetsTheAnnualReportPdfInUrduInAnEmbeddedNaskhFont() throws Exception {
        RabtaUser user = userWithCases();
        byte[] pdf = mvc.perform(get("/statistics/annual.pdf").param("year", "2020").param("district", LAHORE)
                        .cookie(URDU_READER).with(user(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Locale urdu = Locale.forLanguageTag("ur");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfText.of(document);
            assertThat(text).contains(messages.getMessage("reporting.annual.title", null, urdu), "2020",
                    messages.getMessage("reporting.annual.victims", null, urdu),
                    messages.getMessage("reporting.figure.women", null, urdu),
                    messages.getMessage("reporting.figure.girls", null, urdu),
                    messages.getMessage("reporting.table.province", null, urdu),
                    PdfText.normalised(geography.district(LAHORE).getNameUr()),
                    PdfText.normalised(geography.province("PK6").getNameUr()));
            assertThat(text).doesNotContain("Annual report", "Women", "Lahore", "Punjab");
            assertThat(PdfText.embeddedFonts(document)).anyMatch(font -> font.endsWith("+NotoNaskhArabic-Regular"))
                    .anyMatch(font -> font.endsWith("+NotoNaskhArabic-Bold"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cases.csv", "htcds.csv"})
    void anExportStreamsToTheBrowser(String export) throws Exception {
        RabtaUser user = userWithCases();
        assertThat(streamedCsv("/statistics/exports/" + export, user).lines()).hasSize(3);
    }

    @Test
    void aRefusedExportReturnsToTheExportsPageWhichStillOpens() throws Exception {
        RabtaUser user = userWithCases();
        mvc.perform(get("/statistics/exports/htcds.csv").param("identifiers", "true").with(user(user)))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/statistics/exports"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
        mvc.perform(get("/statistics/exports").with(user(user))).andExpect(status().isOk());
    }

    /** A CSV export of Punjab's cases, streamed to the browser as an asynchronous response. */
    private String streamedCsv(String path, RabtaUser user) throws Exception {
        MvcResult started = mvc.perform(get(path).param("province", "PK6").with(user(user)))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
