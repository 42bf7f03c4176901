package org.rabta.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string is translated, and templates take all their visible text from the message files. */
class MessagesAndTemplatesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern URDU_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "th:remove");
    /** Keys whose value is deliberately the same in both files: a language named in its own script. */
    private static final Set<String> LANGUAGE_NEUTRAL_KEYS = Set.of("language.english");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value",
            "data-confirm", "aria-description");

    @Test
    void everyKeyExistsInEnglishAndUrdu() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> urdu = load("messages_ur.properties").stringPropertyNames();

        assertThat(difference(english, urdu)).as("keys missing from messages_ur.properties").isEmpty();
        assertThat(difference(urdu, english)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void urduMessagesAreWrittenInUrdu() throws IOException {
        Properties urdu = load("messages_ur.properties");
        List<String> untranslated = urdu.stringPropertyNames().stream()
                .filter(key -> LETTERS.matcher(urdu.getProperty(key)).find())
                .filter(key -> !URDU_SCRIPT.matcher(urdu.getProperty(key)).find())
                .filter(key -> !LANGUAGE_NEUTRAL_KEYS.contains(key))
                .sorted()
                .toList();
        assertThat(untranslated).as("Urdu messages with no Urdu script").isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
                for (Element element : document.getAllElements()) {
                    checkText(template, element, offences);
                    checkAttributes(template, element, offences);
                }
            }
        }
        assertThat(offences).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    private static void checkText(Path template, Element element, List<String> offences) {
        if (replacesItsText(element)) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (LETTERS.matcher(text.text()).find()) {
                offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
            }
        }
    }

    private static void checkAttributes(Path template, Element element, List<String> offences) {
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = element.attr(attribute);
            boolean overridden = element.hasAttr("th:" + attribute) || element.attr("th:attr").contains(attribute + "=");
            boolean literalInput = attribute.equals("value") && !element.tagName().equals("button")
                    && !"submit".equals(element.attr("type")) && !"button".equals(element.attr("type"));
            if (!value.isEmpty() && LETTERS.matcher(value).find() && !overridden && !literalInput) {
                offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
            }
        }
    }

    /** The element or one of its ancestors replaces the static text when the template is rendered. */
    private static boolean replacesItsText(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.tagName().equals("script") || current.tagName().equals("style")) {
                return true;
            }
            if (TEXT_REPLACING.stream().anyMatch(current::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
