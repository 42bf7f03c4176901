package org.rabta.web;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseEventType;
import org.rabta.referrals.ReferralEventType;
import org.rabta.support.MessageBundles;
import org.rabta.support.Templates;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string is translated, and templates take all their visible text from the message files. */
class MessagesAndTemplatesTest {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern URDU_SCRIPT = Pattern.compile("\\p{IsArabic}");
    private static final Set<String> TEXT_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "th:remove");
    /** Keys whose value is deliberately the same in both files: a language named in its own script. */
    private static final Set<String> LANGUAGE_NEUTRAL_KEYS = Set.of("language.english");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern ENGLISH_PLURAL_AFTER_ONE = Pattern.compile(
            "(?<![\\d.,:-])\\b1 (?:[a-z]+ )?(?:people|women|men|children|(?!(?:is|was|has|does|ends|needs|takes|means|says|shows|counts|this|its|yes|as|us|plus)\\b)[a-z]+s)\\b");
    private static final Pattern URDU_PLURAL_AFTER_ONE = Pattern.compile(
            "(?<![\\d.,:-])\\b1 (?:\\S+ )?(?:افراد|خواتین|بچے|حروف|نتائج|جگہیں|مسائل|اقدار|قطاروں|کیسز|کیسوں)(?!\\S)");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "value",
            "data-confirm", "aria-description");

    @Test
    void everyKeyExistsInEnglishAndUrdu() {
        Set<String> english = MessageBundles.load("messages.properties").stringPropertyNames();
        Set<String> urdu = MessageBundles.load("messages_ur.properties").stringPropertyNames();

        assertThat(difference(english, urdu)).as("keys missing from messages_ur.properties").isEmpty();
        assertThat(difference(urdu, english)).as("keys missing from messages.properties").isEmpty();
    }

    /** The timelines name each entry by a key of its type: every type of either timeline has its words. */
    @Test
    void everyTimelineEntryTypeHasItsWords() {
        Set<String> english = MessageBundles.load("messages.properties").stringPropertyNames();
        List<String> missing = Stream.concat(Arrays.stream(CaseEventType.values()).map(type -> "cases.event." + type),
                        Arrays.stream(ReferralEventType.values()).map(type -> "referrals.event." + type))
                .filter(key -> !english.contains(key))
                .toList();
        assertThat(missing).as("timeline entry types without words").isEmpty();
    }

    @Test
    void urduMessagesAreWrittenInUrdu() {
        Properties urdu = MessageBundles.load("messages_ur.properties");
        List<String> untranslated = urdu.stringPropertyNames().stream()
                .filter(key -> LETTERS.matcher(urdu.getProperty(key)).find())
                .filter(key -> !URDU_SCRIPT.matcher(urdu.getProperty(key)).find())
                .filter(key -> !LANGUAGE_NEUTRAL_KEYS.contains(key))
                .sorted()
                .toList();
        assertThat(untranslated).as("Urdu messages with no Urdu script").isEmpty();
    }

    /**
     * A count of one reads in the singular: every message, formatted with 1 for each argument, shows no "1" before a
     * plural noun (English: a word ending in s, or people, women, men, children; Urdu: the plural forms used in the
     * messages). Counts take a choice format: {@code {0,choice,1#1 case|1<{0} cases}}.
     */
    @Test
    void aCountOfOneReadsInTheSingular() throws IOException {
        List<String> offences = new ArrayList<>();
        offences.addAll(pluralsAfterOne("messages.properties", Locale.ENGLISH, ENGLISH_PLURAL_AFTER_ONE));
        offences.addAll(pluralsAfterOne("messages_ur.properties", Locale.forLanguageTag("ur"), URDU_PLURAL_AFTER_ONE));
        assertThat(offences).as("messages that say \"1\" with a plural noun").isEmpty();
    }

    /**
     * A fragment named like an HTML element ({@code label}, {@code input}, {@code table}...) is also a markup selector
     * for every element of that name in its template: {@code ~{cases/fields :: label(...)}} rendered every label of the
     * file. Fragments carry names of their own.
     */
    @Test
    void noFragmentIsNamedLikeAnHtmlElement() throws IOException {
        List<String> offences = new ArrayList<>();
        Templates.parsed().forEach((template, document) -> {
            for (Element element : document.select("[th:fragment]")) {
                String name = element.attr("th:fragment").split("[\\s(]", 2)[0];
                if (Tag.isKnownTag(name)) {
                    offences.add(template + ": th:fragment=\"" + element.attr("th:fragment") + "\"");
                }
            }
        });
        assertThat(offences).as("fragments named like HTML elements").isEmpty();
    }

    /**
     * Pages are laid out by plain fragment inclusion ({@code layout.html}'s {@code page} fragment), not by the
     * Thymeleaf Layout Dialect: its decoration, written in Groovy, took about a third of every page's CPU
     * (docs/PERFORMANCE.md). A {@code layout:} attribute left in a template would be sent to the browser as it is.
     */
    @Test
    void pagesAreLaidOutByFragmentInclusion() throws IOException {
        List<String> offences = new ArrayList<>();
        Templates.parsed().forEach((template, document) -> {
            for (Element element : document.getAllElements()) {
                element.attributes().asList().stream()
                        .filter(attribute -> attribute.getKey().startsWith("layout:") || attribute.getKey().equals("xmlns:layout"))
                        .forEach(attribute -> offences.add(template + ": " + attribute.getKey()));
            }
        });
        assertThat(offences).as("layout dialect attributes in templates").isEmpty();
        assertThat(getClass().getClassLoader().getResource("nz/net/ultraq/thymeleaf/layoutdialect/LayoutDialect.class"))
                .as("the layout dialect on the class path").isNull();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        Templates.parsed().forEach((template, document) -> {
            for (Element element : document.getAllElements()) {
                checkText(template, element, offences);
                checkAttributes(template, element, offences);
            }
        });
        assertThat(offences).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    private static void checkText(String template, Element element, List<String> offences) {
        if (replacesItsText(element)) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (LETTERS.matcher(text.text()).find()) {
                offences.add(template + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
            }
        }
    }

    private static void checkAttributes(String template, Element element, List<String> offences) {
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = element.attr(attribute);
            boolean overridden = element.hasAttr("th:" + attribute) || element.attr("th:attr").contains(attribute + "=");
            boolean literalInput = attribute.equals("value") && !element.tagName().equals("button")
                    && !"submit".equals(element.attr("type")) && !"button".equals(element.attr("type"));
            if (!value.isEmpty() && LETTERS.matcher(value).find() && !overridden && !literalInput) {
                offences.add(template + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
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

    private static List<String> pluralsAfterOne(String file, Locale locale, Pattern plural) throws IOException {
        Properties messages = MessageBundles.load(file);
        List<String> offences = new ArrayList<>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            String pattern = messages.getProperty(key);
            if (!ARGUMENT.matcher(pattern).find()) {
                continue;
            }
            Object[] ones = new Object[10];
            Arrays.fill(ones, 1);
            String formatted;
            try {
                formatted = new MessageFormat(pattern, locale).format(ones);
            } catch (IllegalArgumentException notANumber) {
                continue; // a date or a text argument, not a count
            }
            if (plural.matcher(formatted).find()) {
                offences.add(file + ": " + key + " -> " + formatted);
            }
        }
        return offences;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
