package org.rabta.committees;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rabta.support.PdfText;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.committees.CommitteeFixtures.externalTerm;
import static org.rabta.support.Dates.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RabtaIntegrationTest
@RequiredArgsConstructor
class RosterExportTest {

    private final CommitteeFixtures fixtures;

    /** The language cookie, not ?lang=ur, which would also change the signed-in user's profile for other tests. */
    private static final Cookie URDU_READER = new Cookie("rabta-lang", "ur");

    private final MockMvc mvc;

    private final MessageSource messages;

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(RosterExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(RosterExport.cell("+92 300")).isEqualTo("\"'+92 300\"");
        assertThat(RosterExport.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(RosterExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(RosterExport.cell("Saima Butt")).isEqualTo("\"Saima Butt\"");
    }

    @Test
    void theRosterExportsAsCsvOnTheChosenDay() throws Exception {
        Committee committee = fixtures.districtCommittee();
        fixtures.add(committee.getId(), externalTerm("=cmd|' /C calc'!A0", "PB-SWD", MembershipRole.CHAIR, today().minusDays(30), null));
        fixtures.add(committee.getId(), externalTerm("Farzana Iqbal", "PB-CPWB", MembershipRole.MEMBER, today().minusDays(30),
                today().minusDays(10)));

        MvcResult today = mvc.perform(get("/committees/" + committee.getId() + "/roster.csv").with(user(fixtures.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn();
        String csv = today.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Chair\",\"'=cmd|' /C calc'!A0\"").doesNotContain("Farzana Iqbal");
        assertThat(csv.lines().skip(1).toList()).hasSize(1);

        String earlier = mvc.perform(get("/committees/" + committee.getId() + "/roster.csv")
                        .param("on", today().minusDays(20).toString()).with(user(fixtures.user("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(earlier).contains("\"Member\",\"Farzana Iqbal\"");
    }

    @Test
    void thePdfListsTheRosterAndItsGaps() throws Exception {
        Committee lahore = fixtures.lahore();
        byte[] pdf = mvc.perform(get("/committees/" + lahore.getId() + "/roster.pdf").with(user(fixtures.user("committee.lahore"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Lahore District Anti-Trafficking Committee", "Roster on " + today(),
                    "Ali Raza", "Chair", "Farhan Malik", "Secretary", "Tariq Javed",
                    "Punjab Social Welfare Department (PB-SWD)", "Not represented: Labour.",
                    "Not represented: Women development.");
            assertThat(PdfText.fonts(document)).containsOnly("Helvetica", "Helvetica-Bold");
        }
    }

    @Test
    void anUrduReaderGetsTheRosterInUrduInAnEmbeddedNaskhFont() throws Exception {
        Committee lahore = fixtures.lahore();
        byte[] pdf = mvc.perform(get("/committees/" + lahore.getId() + "/roster.pdf").cookie(URDU_READER)
                        .with(user(fixtures.user("committee.lahore"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfText.of(document);
            assertThat(text).contains(PdfText.normalised(lahore.getNameUr()),
                    urdu("committees.pdf.rosterOn", "").strip(), today().toString(),
                    urdu("committees.role.CHAIR"), urdu("committees.role.SECRETARY"), "Ali Raza", "(PB-SWD)",
                    PdfText.normalised(urdu("committees.gap.sectorMissing", urdu("committees.sector.LABOUR"))));
            assertThat(text).doesNotContain("Roster on", "Chair", "Not represented");
            assertThat(PdfText.embeddedFonts(document)).anyMatch(font -> font.endsWith("+NotoNaskhArabic-Regular"))
                    .anyMatch(font -> font.endsWith("+NotoNaskhArabic-Bold"));
        }
    }

    private String urdu(String code, Object... args) {
        return messages.getMessage(code, args, Locale.forLanguageTag("ur"));
    }
}
