package org.rabta.cases;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rabta.support.BrowserTest;
import org.rabta.support.TestUsers;
import org.rabta.support.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;

/**
 * A caseworker registers a case (a wrong CNIC corrected on the way), finds it again among the demo cases by a
 * misspelt name, edits it, and adds a note and a photo; the list, the form with its error and the case page pass axe.
 * A caseworker imports a CSV file with one bad row and reads the report; the import page passes axe before and after.
 */
class CaseJourneyTest extends BrowserTest {

    @Test
    void registerFindEditNoteAndAttach() throws IOException {
        String surname = Unique.surname();
        // When this journey runs first, its first page is the application's first (servlet, templates, JIT) and
        // takes longer than an ordinary navigation may on a busy machine.
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(120_000));
        signIn("fia.lahore", TestUsers.PASSWORD);

        page.navigate(url("/cases"));
        assertThat(page.locator("#case-results tbody tr").first()).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a case")).click();
        page.locator("#identifiedOn").fill(today().minusDays(2).toString());
        page.locator("#districtCode").selectOption(LAHORE);
        page.locator("#howIdentified").selectOption("RESCUE");
        page.locator("#firstName").fill("Rukhsana");
        page.locator("#lastName").fill(surname);
        page.locator("#fatherOrHusbandName").fill("Ghulam Rasool");
        page.locator("#sex").selectOption("FEMALE");
        page.locator("#ageYears").fill("19");
        page.locator("#cnic").fill("35202-123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the case")).click();

        assertThat(page.locator("#cnic")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#cnic-error")).hasText("Enter the 13 digits of the CNIC, e.g. 35202-1234567-1.");
        assertThat(page.locator("#lastName")).hasValue(surname);
        assertThat(page.locator(".error-summary a[href='#cnic']")).hasText("CNIC: Enter the 13 digits of the CNIC, e.g. 35202-1234567-1.");
        assertAccessible();

        page.locator("#cnic").fill("3520212345678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the case")).click();
        assertThat(page.locator(".alert-success")).containsText("registered");
        Matcher number = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}").matcher(page.locator("h1").textContent());
        assertThat(number.find()).isTrue();
        String caseNumber = number.group();
        assertThat(page.locator("body")).containsText("35202-1234567-8");

        // Found again by a misspelt name: "Rukhsanah" for Rukhsana and a letter of the surname missing.
        page.navigate(url("/cases"));
        page.locator("#q").fill("Rukhsanah " + surname.substring(0, 4) + surname.substring(5));
        Locator found = page.locator("#case-results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(caseNumber));
        assertThat(found).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page).hasURL(Pattern.compile("q=Rukhsanah"));
        found.click();
        assertThat(page.locator("h1")).containsText(caseNumber);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
        page.locator("#fatherOrHusbandName").fill("Ghulam Rasul Qureshi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.locator(".alert-success")).hasText("Changes saved.");
        assertThat(page.locator("body")).containsText("Ghulam Rasul Qureshi");

        page.locator("#note-body").fill("Met the family in Lahore; a second interview is planned.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(page.locator("#notes")).containsText("a second interview is planned");

        page.locator("#attachment-file").setInputFiles(new FilePayload("photo.png", "image/png", png()));
        page.locator("#attachment-description").fill("Photo taken at identification");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload")).click();
        assertThat(page.locator(".alert-success")).hasText("Attachment uploaded.");
        assertThat(page.locator("#attachments")).containsText("photo.png");
        assertAccessible();
    }

    /**
     * An empty form sent back lists "This field is required." once for each required field: the summary at its top
     * says which field each line is about, with the label the field has on the page, in both languages, in the order
     * of the fields (the validator reports them in no fixed order).
     */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ur"})
    void theErrorSummaryOfAnEmptyFormNamesEachField(String language) {
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(120_000));
        signIn("fia.lahore", TestUsers.PASSWORD);
        inLanguage(language);
        page.navigate(url("/cases/new"));
        page.locator("form.case-form button[type=submit]").last().click();
        assertThat(page.locator("html")).hasAttribute("lang", language);

        Locator links = page.locator(".error-summary a[href^='#']");
        assertThat(links.first()).isVisible();
        assertThat(links.count()).isGreaterThanOrEqualTo(3);
        for (Locator link : links.all()) {
            String field = link.getAttribute("href").substring(1);
            String label = page.locator("label[for='" + field + "'] > span").first().textContent().trim();
            String error = page.locator("#" + field + "-error").textContent().trim();
            assertThat(link).hasText(label + ": " + error);
        }
        assertThat(links.allTextContents()).doesNotHaveDuplicates();
        assertThat(links.evaluateAll("links => links.map(link => link.hash.slice(1))")).as("in the order of the page")
                .isEqualTo(page.locator("form.case-form [aria-invalid=true]").evaluateAll("controls => controls.map(c => c.id)"));
    }

    @Test
    void importAFileWithABadRowAndReadTheReport() {
        String surname = Unique.surname();
        String day = today().minusDays(3).toString();
        String csv = "identified_on,district_code,first_name,last_name,sex,cnic\n"
                + day + ",PK617,Shazia," + surname + ",FEMALE,\n"
                + day + ",PK617,Rehana," + surname + ",FEMALE,12345\n";
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(120_000));
        signIn("fia.lahore", TestUsers.PASSWORD);

        page.navigate(url("/cases/import"));
        assertAccessible();
        page.locator("#import-file").setInputFiles(new FilePayload("cases.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Import the valid rows, and list the problems of the others").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();

        Locator report = page.locator("#import-report");
        assertThat(report.locator(".alert-success")).isVisible();
        assertThat(report.locator("tbody tr")).hasCount(1);
        assertThat(report.locator("tbody tr td").first()).hasText("3");
        assertThat(report.locator("tbody tr code")).hasText("cnic");
        assertAccessible();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.ORANGE.getRGB());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
