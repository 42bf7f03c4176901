package org.rabta.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.cases.VictimCase;
import org.rabta.support.BrowserTest;
import org.rabta.support.TestUsers;
import org.springframework.context.MessageSource;

/**
 * What the browser prints of a case page and of a referral: one column of the record, with no navigation, button
 * or form, and the record's reference and the confidentiality line on every sheet. Printed to PDF by Chromium.
 */
@RequiredArgsConstructor
class PrintedRecordTest extends BrowserTest {

    /** Everything on screen that does not belong on paper. */
    private static final String SCREEN_ONLY = "header nav, .rabta-footer, main nav, main form, main .btn, main button, "
            + "main input, main select, main textarea";

    private final ReferralFixtures fixtures;

    private final MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void aCasePagePrintsAsTheRecordWithItsNumberOnEverySheet(String language) throws IOException {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        fixtures.sentToShelter(victimCase);
        signIn("police.lahore", TestUsers.PASSWORD);
        inLanguage(language);
        page.navigate(url("/cases/" + victimCase.getCaseNumber()));

        List<String> sheets = printed(language);

        assertThat(sheets).as("sheets").hasSizeBetween(2, 4);
        assertThat(sheets).allSatisfy(sheet -> assertThat(firstLines(sheet, 1)).contains(victimCase.getCaseNumber()));
        if (language.equals("en")) {
            assertThat(sheets).allSatisfy(sheet -> assertThat(firstLines(sheet, 2)).contains(confidential(language)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void aReferralPrintsAsTheRecordWithItsReferenceOnEverySheet(String language) throws IOException {
        VictimCase victimCase = fixtures.caseOf("police.lahore", true);
        long id = fixtures.sentToShelter(victimCase).getId();
        signIn("ngo.lahore", TestUsers.PASSWORD);
        inLanguage(language);
        page.navigate(url("/referrals/" + id));

        List<String> sheets = printed(language);

        assertThat(sheets).as("sheets").hasSizeBetween(1, 3);
        assertThat(sheets).allSatisfy(sheet -> assertThat(firstLines(sheet, 1)).contains(victimCase.getCaseNumber()));
    }

    /** The first {@code count} lines of text at the top of a sheet: where the repeated header must be. */
    private static String firstLines(String sheet, int count) {
        return sheet.lines().filter(line -> !line.isBlank()).limit(count).reduce("", (a, b) -> a + b + "\n");
    }

    /**
     * Checks the page under print media (nothing of the screen's controls shows; the header repeats, fixed, with the
     * reference and the confidentiality line), then prints it and returns the text of each sheet.
     */
    private List<String> printed(String language) throws IOException {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        Object shown = page.evaluate("selector => Array.from(document.querySelectorAll(selector))"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 120))", SCREEN_ONLY);
        assertThat((List<?>) shown).as("screen controls printed in %s", language).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> header = (Map<String, Object>) page.evaluate("() => { const h = document.querySelector("
                + "'.print-header'); const s = getComputedStyle(h); return {display: s.display, position: s.position,"
                + " text: h.innerText}; }");
        assertThat(header.get("display")).isNotEqualTo("none");
        assertThat(header.get("position")).isEqualTo("fixed");
        assertThat(String.valueOf(header.get("text"))).contains(confidential(language));

        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> sheets = new java.util.ArrayList<>();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                sheets.add(stripper.getText(document));
            }
            assertThat(sheets).as("no sheet holds the header alone")
                    .allSatisfy(sheet -> assertThat(sheet.lines().filter(line -> !line.isBlank()).count()).isGreaterThan(2));
            return sheets;
        }
    }

    private String confidential(String language) {
        return messages.getMessage("layout.footer.confidential", null, java.util.Locale.forLanguageTag(language));
    }
}
