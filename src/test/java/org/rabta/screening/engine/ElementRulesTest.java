package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Answer.NO;
import static org.rabta.screening.engine.Answer.UNKNOWN;
import static org.rabta.screening.engine.Answer.YES;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.DESTINATION_NATIONAL_OR_RESIDENT;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The element rules of PK-2018.1, one table per rule. */
class ElementRulesTest {

    private static Elements elements(Inputs inputs) {
        return inputs.evaluate().elements();
    }

    @ParameterizedTest(name = "age {0} -> child {1}")
    @CsvSource(nullValues = "null", value = {
            "0, YES", "10, YES", "17, YES", "18, NO", "19, NO", "120, NO", "null, UNKNOWN"})
    void aChildIsUnder18AndAnUnknownAgeLeavesItUnknown(Integer age, Answer expected) {
        assertThat(elements(Inputs.age(age)).child()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} YES makes its element YES")
    @EnumSource(value = Fact.class, names = {"ACT_.*", "MEANS_.*", "PURPOSE_.*"}, mode = EnumSource.Mode.MATCH_ANY)
    void anyOneFactOfAGroupMeetsItsElement(Fact fact) {
        Inputs inputs = Inputs.age(30).none(fact.group()).yes(fact);

        assertThat(groupElement(elements(inputs), fact.group())).isEqualTo(YES);
    }

    @ParameterizedTest(name = "{0}: all NO -> NO, one left unknown -> UNKNOWN, nothing known -> UNKNOWN")
    @EnumSource(value = FactGroup.class, names = {"ACT", "MEANS", "PURPOSE"})
    void anElementIsNoOnlyWhenEveryFactOfItsGroupIsNo(FactGroup group) {
        Inputs allNo = Inputs.age(30).none(group);
        Inputs oneUnknown = allNo.set(UNKNOWN, Fact.inGroup(group).get(1));

        assertThat(groupElement(elements(allNo), group)).isEqualTo(NO);
        assertThat(groupElement(elements(oneUnknown), group)).isEqualTo(UNKNOWN);
        assertThat(groupElement(elements(Inputs.age(30)), group)).isEqualTo(UNKNOWN);
    }

    private static Answer groupElement(Elements elements, FactGroup group) {
        return switch (group) {
            case ACT -> elements.act();
            case MEANS -> elements.means();
            case PURPOSE -> elements.purpose();
            default -> throw new IllegalArgumentException(group.name());
        };
    }

    @ParameterizedTest(name = "act {0}, means {1}, purpose {2}, age {3} -> trafficking {4}")
    @CsvSource(nullValues = "null", value = {
            // adults: all three elements needed
            "YES, YES, YES, 30, YES",
            "YES, NO, YES, 30, NO",
            "NO, YES, YES, 30, NO",
            "YES, YES, NO, 30, NO",
            "YES, UNKNOWN, YES, 30, UNKNOWN",
            "UNKNOWN, YES, YES, 30, UNKNOWN",
            "YES, YES, UNKNOWN, 30, UNKNOWN",
            "NO, UNKNOWN, UNKNOWN, 30, NO",
            // children: means need not be shown (PTPA s.7)
            "YES, NO, YES, 17, YES",
            "YES, UNKNOWN, YES, 10, YES",
            "YES, YES, YES, 10, YES",
            "NO, YES, YES, 10, NO",
            "YES, NO, NO, 10, NO",
            "YES, NO, UNKNOWN, 10, UNKNOWN",
            // exactly 18 is an adult
            "YES, NO, YES, 18, NO",
            "YES, UNKNOWN, YES, 18, UNKNOWN",
            // unknown age: means decide if known, else stays unknown
            "YES, NO, YES, null, UNKNOWN",
            "YES, YES, YES, null, YES",
            "YES, UNKNOWN, YES, null, UNKNOWN",
            "UNKNOWN, UNKNOWN, UNKNOWN, null, UNKNOWN",
            "NO, UNKNOWN, UNKNOWN, null, NO"})
    void traffickingIsActAndPurposeAndMeansOrChild(Answer act, Answer means, Answer purpose, Integer age,
            Answer expected) {
        Inputs inputs = Inputs.age(age)
                .element(FactGroup.ACT, act)
                .element(FactGroup.MEANS, means)
                .element(FactGroup.PURPOSE, purpose);

        assertThat(elements(inputs).trafficking()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "border {0}, irregular {1}, facilitator {2}, benefit {3}, national {4} -> smuggling {5}")
    @CsvSource({
            "YES, YES, YES, YES, NO, YES",
            "NO, YES, YES, YES, NO, NO",
            "YES, NO, YES, YES, NO, NO",
            "YES, YES, NO, YES, NO, NO",
            "YES, YES, YES, NO, NO, NO",
            "YES, YES, YES, YES, YES, NO",
            "UNKNOWN, YES, YES, YES, NO, UNKNOWN",
            "YES, YES, YES, UNKNOWN, NO, UNKNOWN",
            "YES, YES, YES, YES, UNKNOWN, UNKNOWN",
            "NO, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, NO",
            "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, YES, NO",
            "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"})
    void smugglingNeedsAnIrregularCrossingFacilitatedForABenefitIntoAForeignCountry(Answer border, Answer irregular,
            Answer facilitator, Answer benefit, Answer national, Answer expected) {
        Inputs inputs = Inputs.age(30)
                .set(border, BORDER_CROSSED)
                .set(irregular, ENTRY_OR_EXIT_IRREGULAR)
                .set(facilitator, FACILITATOR_INVOLVED)
                .set(benefit, FACILITATOR_BENEFIT)
                .set(national, DESTINATION_NATIONAL_OR_RESIDENT);

        assertThat(elements(inputs).smuggling()).isEqualTo(expected);
    }

    static Stream<Arguments> irregularMigrationCases() {
        return Stream.of(
                Arguments.of("crossed irregularly on their own", Inputs.age(30)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR).no(FACILITATOR_INVOLVED), YES),
                Arguments.of("overstayed a visa", Inputs.age(30).no(BORDER_CROSSED).yes(STAY_IRREGULAR), YES),
                Arguments.of("entry marked irregular but no border crossed", Inputs.age(30)
                        .no(BORDER_CROSSED, STAY_IRREGULAR).yes(ENTRY_OR_EXIT_IRREGULAR), NO),
                Arguments.of("regular crossing, regular stay", Inputs.age(30)
                        .yes(BORDER_CROSSED).no(ENTRY_OR_EXIT_IRREGULAR, STAY_IRREGULAR), NO),
                Arguments.of("smuggled: counted as smuggling instead", Inputs.age(30).smuggled(), NO),
                Arguments.of("smuggled and overstaying: still smuggling", Inputs.age(30).smuggled().yes(STAY_IRREGULAR), NO),
                Arguments.of("crossed irregularly, smuggling open", Inputs.age(30)
                        .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR), UNKNOWN),
                Arguments.of("regular crossing, stay unknown", Inputs.age(30)
                        .yes(BORDER_CROSSED).no(ENTRY_OR_EXIT_IRREGULAR), UNKNOWN),
                Arguments.of("nothing known", Inputs.age(30), UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> irregular migration {2}")
    @MethodSource("irregularMigrationCases")
    void irregularMigrationIsAnIrregularCrossingOrStayThatIsNotSmuggling(String situation, Inputs inputs,
            Answer expected) {
        assertThat(elements(inputs).irregularMigration()).isEqualTo(expected);
    }
}
