package org.rabta.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;
import org.rabta.support.Templates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form fields, read-only definition rows and list tables come from the one library in {@code templates/fragments/}, so that they
 * look and behave the same on every page: a page that writes its own field fragment or its own grid row of a
 * definition list drifts from the others (four copies of the field fragments once differed in their hints, errors
 * and required markers).
 */
class FragmentLibraryTest {

    private static final Path LIBRARY = Templates.ROOT.resolve("fragments");
    /** Attributes that tie a control to its property, label, id or errors. */
    private static final List<String> BINDING_ATTRIBUTES = List.of("th:field", "th:for", "th:id", "th:name", "th:errors", "th:attr");

    /**
     * A fragment outside the library that takes a parameter and uses it to bind a control, its label or its errors is
     * a form-field fragment of its own (as {@code cases/fields.html} was).
     */
    @Test
    void noTemplateOutsideTheLibraryDefinesAFormFieldFragment() throws IOException {
        List<String> offences = new ArrayList<>();
        outsideTheLibrary().forEach((name, document) -> {
            for (Element fragment : document.select("[th:fragment]")) {
                List<String> parameters = parameters(fragment.attr("th:fragment"));
                boolean bindsAField = !parameters.isEmpty() && fragment.select("label, input, select, textarea, [th:errors]").stream()
                        .anyMatch(control -> BINDING_ATTRIBUTES.stream().anyMatch(attribute -> usesAny(control.attr(attribute), parameters)));
                if (bindsAField) {
                    offences.add(name + ": th:fragment=\"" + fragment.attr("th:fragment") + "\"");
                }
            }
        });
        assertThat(offences).as("form-field fragments outside templates/fragments/forms.html").isEmpty();
    }

    /** A definition row laid out on the grid by hand ({@code <dt class="col-sm-4">}) instead of the definitionRow fragment. */
    @Test
    void noTemplateOutsideTheLibraryWritesADefinitionRowByHand() throws IOException {
        List<String> offences = new ArrayList<>();
        outsideTheLibrary().forEach((name, document) -> {
            for (Element row : document.select("dt, dd")) {
                String classes = row.attr("class") + " " + row.attr("th:class") + " " + row.attr("th:classappend");
                if (classes.matches(".*\\bcol-.*")) {
                    offences.add(name + ": " + row.outerHtml().lines().findFirst().orElse(""));
                }
            }
        });
        assertThat(offences).as("definition rows written by hand (use ~{fragments/details :: definitionRow(...)})").isEmpty();
    }

    /**
     * A table whose column headings are words alone (each a message, or the hidden "Actions" of a column of buttons),
     * with a hidden caption, is the shape fragments/lists :: listTable draws: a page that writes it out drifts from the
     * other lists (its empty sentence, its caption, its scrolling on a narrow screen). Tables of figures (row headings,
     * numbers aligned), a visible caption or a column shown only to some are other shapes.
     */
    @Test
    void noTemplateOutsideTheLibraryWritesAListTableByHand() throws IOException {
        List<String> offences = new ArrayList<>();
        outsideTheLibrary().forEach((name, document) -> {
            for (Element table : document.select("table")) {
                Element caption = table.selectFirst("caption");
                boolean hiddenCaption = caption == null || caption.hasClass("visually-hidden");
                boolean headingsAreWords = table.select("thead th").stream().allMatch(FragmentLibraryTest::wordsAlone);
                boolean rowHeadings = !table.select("tbody th, tfoot").isEmpty();
                if (hiddenCaption && headingsAreWords && !rowHeadings) {
                    offences.add(name + ": " + table.outerHtml().lines().findFirst().orElse(""));
                }
            }
        });
        assertThat(offences).as("list tables written by hand (use ~{fragments/lists :: listTable(...)})").isEmpty();
    }

    private static boolean wordsAlone(Element heading) {
        boolean plain = heading.attributes().asList().stream().allMatch(a -> a.getKey().equals("scope") || a.getKey().equals("th:text"));
        boolean hiddenActions = heading.attributes().size() == 1 && heading.select("span.visually-hidden").size() == 1;
        return plain || hiddenActions;
    }

    /**
     * The markup a page hands to a fragment ({@code ~{::notesControl}}) is found by its {@code th:ref}, which, like a
     * fragment name, also selects every element of that name and every other element with the same reference: each is
     * unique in its template and unlike any HTML element.
     */
    @Test
    void everyMarkupReferenceSelectsOneElement() throws IOException {
        List<String> offences = new ArrayList<>();
        Templates.parsed().forEach((name, document) -> {
            Map<String, Integer> counts = new TreeMap<>();
            document.select("[th:ref]").forEach(element -> counts.merge(element.attr("th:ref"), 1, Integer::sum));
            counts.forEach((reference, count) -> {
                if (count > 1 || Tag.isKnownTag(reference)) {
                    offences.add(name + ": th:ref=\"" + reference + "\"" + (count > 1 ? " " + count + " times" : ""));
                }
            });
        });
        assertThat(offences).as("markup references that select more than their element").isEmpty();
    }

    /**
     * What a page hands to a fragment is evaluated in Thymeleaf's restricted mode, which refuses bean references
     * ({@code #displayTime}), static classes and request parameters: such a value is computed first with th:with.
     */
    @Test
    void noFragmentCallPassesWhatRestrictedModeRefuses() throws IOException {
        List<String> offences = new ArrayList<>();
        Templates.parsed().forEach((name, document) -> {
            for (Element call : document.select("[th:replace], [th:insert]")) {
                String expression = call.attr("th:replace") + call.attr("th:insert");
                if (expression.matches("(?s).*(@[A-Za-z]|\\bT\\(|\\bnew |\\bparam\\.).*")) {
                    offences.add(name + ": " + expression);
                }
            }
        });
        assertThat(offences).as("fragment calls whose arguments restricted mode refuses").isEmpty();
    }

    /** Every control of the library marks an error alike: aria-invalid, and the error's id in aria-describedby. */
    @Test
    void everyControlOfTheLibraryTiesItsErrorToItself() throws IOException {
        Document forms = Jsoup.parse(Files.readString(LIBRARY.resolve("forms.html")), "", Parser.htmlParser());
        List<String> offences = new ArrayList<>();
        for (Element control : forms.select("input[th:field], select[th:field], textarea[th:field]")) {
            Element fragment = control.closest("[th:fragment]");
            if (fragment == null) {
                // A control written once for the field fragments (th:ref) is framed by customField, which shows its error.
                fragment = framedByCustomField(forms, control.attr("th:ref")) ? forms.selectFirst("[th:fragment^=customField]") : control;
            }
            Element group = control.closest("fieldset");
            boolean marksInvalid = control.attr("th:attr").contains("aria-invalid=${invalid}");
            boolean namesError = control.attr("th:attr").contains("aria-describedby=${describedBy}")
                    || group != null && group.attr("th:attr").contains("aria-describedby=${invalid} ? |${field}-error|");
            boolean showsError = fragment.select("[th:replace*=fieldError]").size() == 1;
            if (!marksInvalid || !namesError || !showsError) {
                offences.add(fragment.attr("th:fragment") + ": <" + control.tagName() + ">");
            }
        }
        assertThat(forms.select("input[th:field], select[th:field], textarea[th:field]")).hasSizeGreaterThan(5);
        assertThat(offences).as("library controls that do not mark their errors like the others").isEmpty();
    }

    private static boolean framedByCustomField(Document forms, String reference) {
        return !reference.isEmpty() && forms.select("[th:replace]").stream().map(call -> call.attr("th:replace"))
                .anyMatch(call -> call.contains(":: customField(") && call.contains(":: " + reference + "}"));
    }

    private static List<String> parameters(String signature) {
        int open = signature.indexOf('(');
        if (open < 0) {
            return List.of();
        }
        return Arrays.stream(signature.substring(open + 1, signature.lastIndexOf(')')).split(","))
                .map(String::strip).filter(parameter -> !parameter.isEmpty()).toList();
    }

    private static boolean usesAny(String expression, List<String> parameters) {
        return parameters.stream().anyMatch(parameter -> expression.matches("(?s).*[{(|,\\s]" + parameter + "\\b(?![.(]).*"));
    }

    private static Map<String, Document> outsideTheLibrary() throws IOException {
        Map<String, Document> templates = Templates.parsed();
        templates.keySet().removeIf(name -> name.startsWith(Templates.ROOT.relativize(LIBRARY) + "/"));
        return templates;
    }
}
