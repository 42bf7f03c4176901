package org.rabta.screening.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.screening.indicators.Indicator.DEBT_BONDAGE;
import static org.rabta.screening.indicators.Indicator.DOCUMENTS_CONFISCATED;
import static org.rabta.screening.indicators.Indicator.FORCED_INTO_CRIMINAL_ACTIVITIES;
import static org.rabta.screening.indicators.Indicator.THREATS_OF_VIOLENCE;
import static org.rabta.screening.indicators.Indicator.THREAT_OF_DENUNCIATION;
import static org.rabta.screening.indicators.Indicator.THREAT_TO_INFORM_FAMILY;
import static org.rabta.screening.indicators.Indicator.WITHHOLDING_OF_WAGES;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;

class IndicatorAssessmentTest {

    /** Ticked indicators of "coercion at destination" (strong: documents, debt bondage; medium: threats, ...; weak: family). */
    static Stream<Arguments> dimensionRule() {
        return Stream.of(
                Arguments.of(List.of(), false),
                Arguments.of(List.of(DOCUMENTS_CONFISCATED), false),
                Arguments.of(List.of(DOCUMENTS_CONFISCATED, DEBT_BONDAGE), true),
                Arguments.of(List.of(DOCUMENTS_CONFISCATED, THREATS_OF_VIOLENCE), true),
                Arguments.of(List.of(DOCUMENTS_CONFISCATED, THREAT_TO_INFORM_FAMILY), true),
                Arguments.of(List.of(THREATS_OF_VIOLENCE), false),
                Arguments.of(List.of(THREATS_OF_VIOLENCE, THREAT_OF_DENUNCIATION), false),
                Arguments.of(List.of(THREATS_OF_VIOLENCE, THREAT_OF_DENUNCIATION, WITHHOLDING_OF_WAGES), true),
                Arguments.of(List.of(THREATS_OF_VIOLENCE, THREAT_OF_DENUNCIATION, THREAT_TO_INFORM_FAMILY), true),
                Arguments.of(List.of(THREATS_OF_VIOLENCE, THREAT_TO_INFORM_FAMILY), false),
                Arguments.of(List.of(THREAT_TO_INFORM_FAMILY), false),
                Arguments.of(List.of(FORCED_INTO_CRIMINAL_ACTIVITIES, WITHHOLDING_OF_WAGES), false));
    }

    @ParameterizedTest
    @MethodSource("dimensionRule")
    void aDimensionIsPositiveByTheIloRule(List<Indicator> ticked, boolean positive) {
        assertThat(IndicatorAssessment.isPositive(ticked)).isEqualTo(positive);
        IndicatorAssessment assessment = IndicatorAssessment.assess(Set.copyOf(ticked), Facts.none());
        assertThat(assessment.positiveDimensions())
                .isEqualTo(positive ? List.of(IndicatorDimension.COERCION_AT_DESTINATION) : List.of());
    }

    @Test
    void indicatorsCountOnlyInTheirOwnDimension() {
        IndicatorAssessment assessment = IndicatorAssessment.assess(
                EnumSet.of(Indicator.DECEIVED_NATURE_OF_JOB, Indicator.EXCESSIVE_HOURS), Facts.none());
        assertThat(assessment.positiveDimensions()).isEmpty();
        assertThat(assessment.dimensions()).extracting(IndicatorAssessment.DimensionResult::dimension)
                .containsExactly(IndicatorDimension.values());
    }

    @Test
    void suggestionsAreTheUnansweredFactsTheTickedIndicatorsPointTo() {
        Facts facts = Facts.none().with(Fact.MEANS_DEBT_BONDAGE, Answer.NO);
        IndicatorAssessment assessment = IndicatorAssessment.assess(EnumSet.of(DEBT_BONDAGE, DOCUMENTS_CONFISCATED), facts);
        assertThat(assessment.suggestedFacts())
                .containsExactly(Fact.MEANS_DOCUMENTS_WITHHELD, Fact.PURPOSE_BONDED_LABOUR);
    }

    @ParameterizedTest
    @EnumSource(IndicatorDimension.class)
    void everyDimensionHasIndicatorsAndOnlyDimensionsOfTheSourceHaveStrongOnes(IndicatorDimension dimension) {
        List<Indicator> indicators = Indicator.inDimension(dimension);
        assertThat(indicators).isNotEmpty();
        boolean hasStrong = indicators.stream().anyMatch(i -> i.strength() == IndicatorStrength.STRONG);
        // The ILO/EC list grades no indicator of abuse of vulnerability as strong.
        assertThat(hasStrong).isEqualTo(dimension != IndicatorDimension.ABUSIVE_RECRUITMENT
                && dimension != IndicatorDimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION);
    }

    @Test
    void everyIndicatorSuggestsAtLeastOneFactAndCodesRoundTrip() {
        assertThat(Indicator.values()).allSatisfy(indicator -> {
            assertThat(indicator.suggestedFacts()).isNotEmpty();
            assertThat(Indicator.fromCode(indicator.name())).contains(indicator);
        });
        assertThat(IndicatorAssessment.fromCodes(List.of("EXCESSIVE_HOURS", "NO_LONGER_LISTED")))
                .containsExactly(Indicator.EXCESSIVE_HOURS);
        assertThat(Arrays.stream(Indicator.values()).map(Indicator::name).distinct()).hasSize(Indicator.values().length);
    }
}
