package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.ACT_TRANSPORTED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.DESTINATION_NATIONAL_OR_RESIDENT;
import static org.rabta.screening.engine.Fact.ENTRY_OR_EXIT_IRREGULAR;
import static org.rabta.screening.engine.Fact.FACILITATOR_BENEFIT;
import static org.rabta.screening.engine.Fact.FACILITATOR_INVOLVED;
import static org.rabta.screening.engine.Fact.MEANS_DEBT_BONDAGE;
import static org.rabta.screening.engine.Fact.MEANS_FRAUD_OR_DECEPTION;
import static org.rabta.screening.engine.Fact.MOVEMENT_CONSENTED;
import static org.rabta.screening.engine.Fact.PURPOSE_DOMESTIC_SERVITUDE;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_BEGGING;
import static org.rabta.screening.engine.Fact.PURPOSE_FORCED_LABOUR;
import static org.rabta.screening.engine.Fact.SOM_LIFE_ENDANGERED;
import static org.rabta.screening.engine.Fact.STAY_IRREGULAR;
import static org.rabta.screening.engine.Fact.VULN_PREGNANT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The explanation: which sentences, in which order, with which arguments, and how they read. */
class ExplanationTest {

    private static final String P = "screening.explain.";

    private static List<String> codes(ScreeningResult result) {
        return result.explanation().stream().map(Explanation::messageCode).map(code -> code.substring(P.length())).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("adult trafficked in Lahore", Inputs.age(25)
                                .yes(ACT_RECRUITED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_DOMESTIC_SERVITUDE).no(BORDER_CROSSED),
                        List.of("outcome.TRAFFICKING", "trafficking.established", "smuggling.noBorder",
                                "irregular.undetermined", "flag.NON_PUNISHMENT.trafficking", "agency.POLICE")),
                Arguments.of("child begging, no means", Inputs.age(11).yes(ACT_TRANSPORTED, PURPOSE_FORCED_BEGGING)
                                .none(FactGroup.MEANS).restNo(),
                        List.of("outcome.TRAFFICKING", "trafficking.establishedChild", "child.meansNotRequired",
                                "smuggling.noBorder", "smuggling.regularEntry", "smuggling.noFacilitator",
                                "smuggling.noBenefit", "irregular.no", "flag.CHILD", "flag.NON_PUNISHMENT.trafficking",
                                "agency.POLICE")),
                Arguments.of("smuggled, consented, then in debt bondage", Inputs.age(30).smuggled()
                                .yes(ACT_TRANSPORTED, MEANS_DEBT_BONDAGE, PURPOSE_FORCED_LABOUR, MOVEMENT_CONSENTED),
                        List.of("outcome.SMUGGLED_AND_TRAFFICKED", "trafficking.established", "consentIrrelevant",
                                "smuggling.established", "irregular.partOfSmuggling", "flag.NON_PUNISHMENT.trafficking",
                                "flag.NON_PUNISHMENT.smuggling", "agency.FIA")),
                Arguments.of("smuggled, pregnant, endangered, recruited", Inputs.age(30).smuggled()
                                .yes(VULN_PREGNANT, SOM_LIFE_ENDANGERED, ACT_RECRUITED),
                        List.of("outcome.VULNERABLE_SMUGGLED_MIGRANT", "trafficking.undetermined", "act.yes",
                                "means.unknown", "purpose.unknown", "smuggling.established", "irregular.partOfSmuggling",
                                "vulnerabilities", "flag.AGGRAVATED_SMUGGLING", "flag.NON_PUNISHMENT.smuggling",
                                "agency.FIA")),
                Arguments.of("nothing known", Inputs.age(null),
                        List.of("outcome.INSUFFICIENT_INFORMATION", "trafficking.undetermined", "act.unknown",
                                "means.unknownAgeUnknown", "purpose.unknown", "smuggling.undetermined",
                                "irregular.undetermined", "agency.POLICE", "decisiveUnknowns")),
                Arguments.of("returning Pakistani without documents", Inputs.age(40).none(FactGroup.ACT)
                                .none(FactGroup.MEANS).none(FactGroup.PURPOSE)
                                .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR, DESTINATION_NATIONAL_OR_RESIDENT),
                        List.of("outcome.IRREGULAR_MIGRATION", "trafficking.notEstablished", "act.no", "means.noAdult",
                                "purpose.no", "smuggling.nationalOrResident", "irregular.crossing", "agency.FIA")),
                Arguments.of("no means, age unknown", Inputs.age(null).yes(ACT_RECRUITED, PURPOSE_FORCED_LABOUR)
                                .none(FactGroup.MEANS).restNo(),
                        List.of("outcome.POSSIBLE_TRAFFICKING", "trafficking.undetermined", "act.yes", "means.noAgeUnknown",
                                "purpose.yes", "smuggling.noBorder", "smuggling.regularEntry", "smuggling.noFacilitator",
                                "smuggling.noBenefit", "irregular.no", "agency.POLICE", "ageDecisive")),
                Arguments.of("crossed irregularly, smuggling open", Inputs.age(30).none(FactGroup.ACT)
                                .yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR, STAY_IRREGULAR),
                        List.of("outcome.INSUFFICIENT_INFORMATION", "trafficking.notEstablished", "act.no",
                                "means.unknown", "purpose.unknown", "smuggling.undetermined",
                                "irregular.dependsOnSmuggling", "agency.FIA", "decisiveUnknowns")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentencesComeInReadingOrder(String situation, Inputs inputs, List<String> expected) {
        assertThat(codes(inputs.evaluate())).containsExactlyElementsOf(expected);
    }

    @Test
    void theTraffickingSentenceNamesTheActMeansAndPurposeRecorded() {
        ScreeningResult result = Inputs.age(25)
                .yes(ACT_RECRUITED, ACT_TRANSPORTED, MEANS_FRAUD_OR_DECEPTION, PURPOSE_DOMESTIC_SERVITUDE).evaluate();
        Explanation established = result.explanation().get(1);

        assertThat(established).isEqualTo(Explanation.of(P + "trafficking.established",
                List.of(ACT_RECRUITED, ACT_TRANSPORTED), List.of(MEANS_FRAUD_OR_DECEPTION),
                List.of(PURPOSE_DOMESTIC_SERVITUDE)));
        assertThat(MessageFiles.ENGLISH.render(established)).isEqualTo("Trafficking is established: the person was "
                + "subjected to recruitment and transport (act) by fraud or deception (means) for domestic servitude "
                + "(purpose) (PTPA s.3).");
        assertThat(MessageFiles.URDU.render(established)).isEqualTo("انسانی تجارت ثابت ہے۔ عمل: بھرتی اور نقل و حمل؛ "
                + "ذرائع: فریب یا دھوکہ دہی؛ مقصد: گھریلو غلامی (انسدادِ انسانی تجارت ایکٹ 2018، دفعہ 3)۔");
    }

    @Test
    void openSmugglingQuestionsAreListed() {
        ScreeningResult result = Inputs.age(30).yes(BORDER_CROSSED, ENTRY_OR_EXIT_IRREGULAR, FACILITATOR_INVOLVED)
                .no(DESTINATION_NATIONAL_OR_RESIDENT).evaluate();

        assertThat(result.explanation()).contains(Explanation.of(P + "smuggling.undetermined", List.of(FACILITATOR_BENEFIT)));
        assertThat(MessageFiles.ENGLISH.render(Explanation.of(P + "smuggling.undetermined",
                List.of(BORDER_CROSSED, FACILITATOR_INVOLVED, FACILITATOR_BENEFIT))))
                .isEqualTo("Smuggling cannot be decided yet. Still unknown: crossing of an international border, "
                        + "involvement of a facilitator and benefit to the facilitator.");
    }

    @Test
    void theNationalityRuleReadsAsTheContractSays() {
        assertThat(MessageFiles.ENGLISH.render(Explanation.of(P + "smuggling.nationalOrResident")))
                .isEqualTo("Not smuggling: the person is a national or resident of the country entered.");
        assertThat(MessageFiles.ENGLISH.render(Explanation.of(P + "child.meansNotRequired")))
                .isEqualTo("Means need not be shown because the person is a child (PTPA s.7).");
    }

    @Test
    void indicatorsNameTheMeansAndPurposesFoundButNotTheAct() {
        ScreeningResult result = Inputs.age(30).smuggled().yes(ACT_RECRUITED, MEANS_DEBT_BONDAGE).evaluate();

        assertThat(result.explanation()).contains(Explanation.of(P + "flag.TRAFFICKING_INDICATORS_PRESENT.meansOrPurpose",
                List.of(MEANS_DEBT_BONDAGE)));
        assertThat(result.explanation()).extracting(Explanation::messageCode)
                .doesNotContain(P + "flag.TRAFFICKING_INDICATORS_PRESENT.indicators");
    }

    @Test
    void indicatorsRecordedAreCounted() {
        ScreeningResult result = RuleSets.current().evaluate(Inputs.age(30).smuggled().input().withIndicatorsPresent(2));

        assertThat(result.explanation()).contains(Explanation.of(P + "flag.TRAFFICKING_INDICATORS_PRESENT.indicators", 2));
        assertThat(result.explanation()).extracting(Explanation::messageCode)
                .doesNotContain(P + "flag.TRAFFICKING_INDICATORS_PRESENT.meansOrPurpose");
    }

    @Test
    void pk2018FirstReleaseStillNamesEveryElementFound() {
        ScreeningResult result = RuleSets.byVersion("PK-2018.1").orElseThrow()
                .evaluate(Inputs.age(30).smuggled().yes(ACT_RECRUITED, MEANS_DEBT_BONDAGE).input());

        assertThat(result.explanation()).contains(Explanation.of(P + "flag.TRAFFICKING_INDICATORS_PRESENT",
                List.of(ACT_RECRUITED, MEANS_DEBT_BONDAGE)));
    }
}
