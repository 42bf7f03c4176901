package org.rabta.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * What every rendered page must satisfy, whoever looks at it and in whichever language: valid HTML5 (the Nu Html
 * Checker, the W3C's own), no unresolved message ({@code ??key_en??}), no {@code null} and no code of the application
 * ({@code CLOSED_REFERRED}) shown to the user, no repeated {@code id}, a label for every form control, and none of the
 * words the page's language has others for (the English names of agencies that have Urdu ones, on a page in Urdu).
 * Each problem comes back as one readable sentence.
 */
public final class PageChecks {

    private static final Pattern UNRESOLVED_MESSAGE = Pattern.compile("\\?\\?[^?<>\"]{1,200}\\?\\?");
    private static final Pattern NULL_WORD = Pattern.compile("(?<![\\w-])null(?![\\w-])");
    /** An enum constant of two words or more: a code where words belong. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
    /** Attributes whose text a person reads or hears. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "value", "label", "content");
    private static final Set<String> UNLABELLED_INPUT_TYPES = Set.of("hidden", "submit", "button", "reset", "image");
    private static final String NU_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();
    private final Map<String, List<String>> foreignWords;

    public PageChecks() {
        this(Map.of());
    }

    /** @param foreignWords by language (the page's {@code lang}), words its pages must not show */
    public PageChecks(Map<String, List<String>> foreignWords) {
        this.foreignWords = Map.copyOf(foreignWords);
        try {
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(NU_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start", e);
        }
    }

    /** Every problem of one page; {@code html} is what the server sent, {@code document} the same parsed. */
    public List<String> problems(String html, Document document) {
        List<String> problems = new ArrayList<>();
        problems.addAll(invalidHtml(html));
        problems.addAll(unresolvedMessages(html));
        problems.addAll(nullsShown(document));
        String words = words(document);
        problems.addAll(codesShown(words));
        problems.addAll(foreignWordsShown(document.select("html").attr("lang"), words));
        problems.addAll(repeatedIds(document));
        problems.addAll(unlabelledControls(document));
        problems.addAll(untiedFieldErrors(document));
        return problems;
    }

    public List<String> invalidHtml(String html) {
        synchronized (collector) {
            collector.errors.clear();
            try {
                validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
            } catch (Exception e) {
                collector.errors.add("the checker could not read the page: " + e.getMessage());
            }
            return collector.errors.stream().map(error -> "invalid HTML: " + error).toList();
        }
    }

    public static List<String> unresolvedMessages(String html) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = UNRESOLVED_MESSAGE.matcher(html);
        while (matcher.find()) {
            problems.add("unresolved message " + matcher.group());
        }
        return problems;
    }

    public static List<String> nullsShown(Document document) {
        List<String> problems = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.tagName().equals("script") || element.tagName().equals("style")) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (NULL_WORD.matcher(text.text()).find()) {
                    problems.add("\"null\" shown in <" + element.tagName() + ">: " + abbreviate(text.text().strip()));
                }
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                String value = attribute.getValue();
                boolean shown = SHOWN_ATTRIBUTES.contains(name) && NULL_WORD.matcher(value).find();
                boolean inLink = (name.equals("href") || name.equals("action") || name.equals("src") || name.startsWith("data-hx-"))
                        && (value.contains("/null") || value.contains("=null"));
                if (shown || inLink || value.equals("null")) {
                    problems.add("\"null\" in " + name + " of <" + element.tagName() + ">: " + abbreviate(value));
                }
            }
        }
        return problems;
    }

    /** Codes where words belong: an enum constant in the words a person reads (see {@link #words}). */
    private static List<String> codesShown(String words) {
        List<String> problems = new ArrayList<>();
        Matcher code = CODE.matcher(words);
        while (code.find()) {
            problems.add("code " + code.group() + " shown where words belong");
        }
        return problems;
    }

    /** The words the page's language has others for, in the words a person reads (see {@link #words}). */
    private List<String> foreignWordsShown(String language, String words) {
        return foreignWords.getOrDefault(language, List.of()).stream().filter(words::contains)
                .map(word -> "\"" + word + "\" shown in " + language).toList();
    }

    /**
     * The page's text and the {@link #SHOWN_ATTRIBUTES} a person reads or hears, but for what a form holds
     * ({@code value}: typed text, such as an agency's English name in its own form) and the head's {@code content};
     * all outside what the page sets apart as written: {@code <code>} (usernames, agency codes, audit actions) and
     * {@code data-verbatim} (what the audit trail recorded, the codes the import page documents for CSV files).
     */
    private static String words(Document document) {
        Document copy = document.clone();
        copy.select("code, [data-verbatim], script, style").remove();
        StringBuilder words = new StringBuilder(copy.body().text());
        for (String attribute : SHOWN_ATTRIBUTES) {
            if (attribute.equals("value") || attribute.equals("content")) {
                continue;
            }
            copy.body().select("[" + attribute + "]").forEach(element -> words.append(' ').append(element.attr(attribute)));
        }
        return words.toString();
    }

    public static List<String> repeatedIds(Document document) {
        Map<String, Integer> counts = new HashMap<>();
        document.select("[id]").forEach(element -> counts.merge(element.id(), 1, Integer::sum));
        return counts.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(entry -> "id \"" + entry.getKey() + "\" used " + entry.getValue() + " times").sorted().toList();
    }

    public static List<String> unlabelledControls(Document document) {
        List<String> problems = new ArrayList<>();
        for (Element control : document.select("input, select, textarea")) {
            if (control.tagName().equals("input") && UNLABELLED_INPUT_TYPES.contains(control.attr("type").toLowerCase())) {
                continue;
            }
            if (labelCount(document, control) == 0) {
                problems.add("form control without a label: " + abbreviate(control.outerHtml()));
            }
        }
        return problems;
    }

    /**
     * A field's error is announced with its field, the same way on every form: the control is {@code aria-invalid}, and
     * its {@code aria-describedby} (or that of the fieldset around it) names the error shown; no error is shown that
     * no control names.
     */
    public static List<String> untiedFieldErrors(Document document) {
        List<String> problems = new ArrayList<>();
        for (Element control : document.select("input.is-invalid, select.is-invalid, textarea.is-invalid")) {
            if (!control.attr("aria-invalid").equals("true")) {
                problems.add("field with an error that is not aria-invalid: " + abbreviate(control.outerHtml()));
            }
            boolean namesItsError = describedBy(document, control).stream().anyMatch(element -> element.hasClass("invalid-feedback"));
            if (!namesItsError) {
                problems.add("field whose error is not in its aria-describedby: " + abbreviate(control.outerHtml()));
            }
        }
        for (Element error : document.select(".invalid-feedback")) {
            boolean named = !error.id().isEmpty() && document.select("[aria-describedby]").stream()
                    .anyMatch(element -> List.of(element.attr("aria-describedby").split("\\s+")).contains(error.id()));
            if (!error.text().isBlank() && !named) {
                problems.add("field error that no control names in aria-describedby: " + abbreviate(error.outerHtml()));
            }
        }
        return problems;
    }

    private static List<Element> describedBy(Document document, Element control) {
        List<Element> described = new ArrayList<>();
        for (Element element = control; element != null; element = element.parent()) {
            if (element == control || element.tagName().equals("fieldset")) {
                for (String id : element.attr("aria-describedby").split("\\s+")) {
                    Element target = id.isEmpty() ? null : document.getElementById(id);
                    if (target != null) {
                        described.add(target);
                    }
                }
            }
        }
        return described;
    }

    /** How many labels name the control: label[for], a wrapping label, aria-label and aria-labelledby each count. */
    public static int labelCount(Document document, Element control) {
        int labels = 0;
        if (!control.id().isEmpty()) {
            labels += document.select("label[for]").stream().filter(label -> label.attr("for").equals(control.id())).count();
        }
        if (control.closest("label") != null && !control.closest("label").hasAttr("for")) {
            labels++;
        }
        if (!control.attr("aria-label").isBlank()) {
            labels++;
        }
        for (String id : control.attr("aria-labelledby").split("\\s+")) {
            if (!id.isEmpty() && document.getElementById(id) != null) {
                labels++;
                break;
            }
        }
        return labels;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    /** The checker reports through SAX; keep its errors (warnings are advice, not failures). */
    private static final class Collector implements ErrorHandler {

        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
