package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message the engine can emit or the questionnaire needs exists, in English and in Urdu. */
class ScreeningMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\u0600-\\u06FF]");

    private static final Set<String> emitted = new TreeSet<>();

    /**
     * Runs the engine over many generated screenings. Each group is answered all NO, all unknown,
     * one YES, all YES but one, or at random, so that rare branches (every means NO, every
     * smuggling condition met) come up, under every rule set ever released (stored screenings are
     * explained by their own), with none, one or several ILO/EC indicators recorded.
     */
    @BeforeAll
    static void collectEmittedCodes() {
        Random random = new Random(2018);
        Integer[] ages = {null, 0, 12, 17, 18, 35};
        IntStream.range(0, 6_000).forEach(i -> {
            Facts facts = Facts.none();
            for (FactGroup group : FactGroup.values()) {
                List<Fact> members = Fact.inGroup(group);
                int mode = random.nextInt(5);
                Fact chosen = members.get(random.nextInt(members.size()));
                for (Fact fact : members) {
                    Answer answer = switch (mode) {
                        case 0 -> Answer.NO;
                        case 1 -> Answer.UNKNOWN;
                        case 2 -> fact == chosen ? Answer.YES : Answer.NO;
                        case 3 -> fact == chosen ? Answer.NO : Answer.YES;
                        default -> Answer.values()[random.nextInt(3)];
                    };
                    facts = facts.with(fact, answer);
                }
            }
            ScreeningInput input = new ScreeningInput(ages[random.nextInt(ages.length)], facts, random.nextInt(3));
            RuleSets.all().forEach(ruleSet -> ruleSet.evaluate(input)
                    .explanation().forEach(explanation -> emitted.add(explanation.messageCode())));
        });
    }

    @Test
    void everyEmittedCodeExistsInBothLanguages() {
        assertThat(emitted).isNotEmpty().allSatisfy(code -> {
            assertThat(MessageFiles.ENGLISH.has(code)).as("English %s", code).isTrue();
            assertThat(MessageFiles.URDU.has(code)).as("Urdu %s", code).isTrue();
        });
    }

    @Test
    void everyExplanationMessageCanBeEmitted() {
        Set<String> explanationKeys = new TreeSet<>(MessageFiles.ENGLISH.screeningKeys());
        explanationKeys.removeIf(key -> !key.startsWith("screening.explain."));

        assertThat(emitted).isEqualTo(explanationKeys);
    }

    @Test
    void englishAndUrduHaveTheSameKeys() {
        assertThat(MessageFiles.URDU.screeningKeys()).isEqualTo(MessageFiles.ENGLISH.screeningKeys());
    }

    static Stream<String> screeningKeys() {
        return MessageFiles.ENGLISH.screeningKeys().stream();
    }

    @ParameterizedTest
    @MethodSource("screeningKeys")
    void bothLanguagesTakeTheSameArguments(String key) {
        assertThat(placeholders(MessageFiles.URDU.get(key))).isEqualTo(placeholders(MessageFiles.ENGLISH.get(key)));
    }

    @ParameterizedTest
    @MethodSource("screeningKeys")
    void urduIsWrittenInUrduScript(String key) {
        assertThat(ARABIC_SCRIPT.matcher(MessageFiles.URDU.get(key)).find()).as(key).isTrue();
    }

    /** MessageFormat drops a lone ASCII apostrophe; the files use ’ instead. */
    @ParameterizedTest
    @MethodSource("screeningKeys")
    void noAsciiApostrophes(String key) {
        assertThat(MessageFiles.ENGLISH.get(key)).doesNotContain("'");
        assertThat(MessageFiles.URDU.get(key)).doesNotContain("'");
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void everyFactHasALabelAQuestionAndHelp(Fact fact) {
        for (String part : List.of("label", "question", "help")) {
            String key = "screening.fact." + fact.name() + "." + part;
            assertThat(MessageFiles.ENGLISH.get(key)).as(key).isNotBlank();
            assertThat(MessageFiles.URDU.get(key)).as(key).isNotBlank();
        }
        assertThat(MessageFiles.ENGLISH.get("screening.fact." + fact.name() + ".question")).endsWith("?");
        assertThat(MessageFiles.URDU.get("screening.fact." + fact.name() + ".question")).endsWith("؟");
    }

    @Test
    void everyEnumValueHasAName() {
        Set<String> keys = new HashSet<>();
        Arrays.stream(Outcome.values()).forEach(v -> keys.add("screening.outcome." + v.name()));
        Arrays.stream(Flag.values()).forEach(v -> keys.add("screening.flag." + v.name()));
        Arrays.stream(CompetentAgency.values()).forEach(v -> keys.add("screening.agency." + v.name()));
        Arrays.stream(LegalSource.values()).forEach(v -> keys.add("screening.law." + v.name()));
        Arrays.stream(Answer.values()).forEach(v -> keys.add("screening.answer." + v.name()));
        Arrays.stream(FactGroup.values()).forEach(v -> keys.add("screening.group." + v.name()));
        List.of("act", "means", "purpose", "child", "trafficking", "smuggling", "irregularMigration")
                .forEach(element -> keys.add("screening.element." + element));

        assertThat(keys).allSatisfy(key -> {
            assertThat(MessageFiles.ENGLISH.has(key)).as(key).isTrue();
            assertThat(MessageFiles.URDU.has(key)).as(key).isTrue();
        });
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
