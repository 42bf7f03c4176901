package org.rabta.screening.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;

/**
 * Reads a ticked checklist the way the ILO/EC source does: a dimension is positive with at least two strong
 * indicators, one strong and one medium or weak, three medium, or two medium and one weak. It then suggests the
 * facts the ticked indicators point to that are still unanswered. It decides nothing: the legal rules do, from
 * the facts a person answers.
 *
 * @param dimensions     every dimension with its ticked indicators and whether it is positive, in source order
 * @param suggestedFacts facts still UNKNOWN that the ticked indicators point to, in fact order
 */
public record IndicatorAssessment(List<DimensionResult> dimensions, List<Fact> suggestedFacts) {

    public IndicatorAssessment {
        dimensions = List.copyOf(dimensions);
        suggestedFacts = List.copyOf(suggestedFacts);
    }

    /** One dimension: the indicators ticked in it and whether they make it positive. */
    public record DimensionResult(IndicatorDimension dimension, List<Indicator> ticked, boolean positive) {

        public DimensionResult {
            ticked = List.copyOf(ticked);
        }
    }

    public static IndicatorAssessment assess(Set<Indicator> ticked, Facts facts) {
        List<DimensionResult> dimensions = new ArrayList<>();
        for (IndicatorDimension dimension : IndicatorDimension.values()) {
            List<Indicator> inDimension = Indicator.inDimension(dimension).stream().filter(ticked::contains).toList();
            dimensions.add(new DimensionResult(dimension, inDimension, isPositive(inDimension)));
        }
        Set<Fact> pointedTo = EnumSet.noneOf(Fact.class);
        ticked.forEach(indicator -> pointedTo.addAll(indicator.suggestedFacts()));
        List<Fact> suggestions = Arrays.stream(Fact.values())
                .filter(pointedTo::contains)
                .filter(fact -> facts.get(fact) == Answer.UNKNOWN)
                .toList();
        return new IndicatorAssessment(dimensions, suggestions);
    }

    /** The ILO/EC rule for one dimension. */
    static boolean isPositive(List<Indicator> ticked) {
        long strong = count(ticked, IndicatorStrength.STRONG);
        long medium = count(ticked, IndicatorStrength.MEDIUM);
        long weak = count(ticked, IndicatorStrength.WEAK);
        return strong >= 2
                || strong >= 1 && medium + weak >= 1
                || medium >= 3
                || medium >= 2 && weak >= 1;
    }

    private static long count(List<Indicator> ticked, IndicatorStrength strength) {
        return ticked.stream().filter(indicator -> indicator.strength() == strength).count();
    }

    public List<IndicatorDimension> positiveDimensions() {
        return dimensions.stream().filter(DimensionResult::positive).map(DimensionResult::dimension).toList();
    }

    /** Indicator codes as stored with a screening, ignoring codes a later version of the list no longer has. */
    public static Set<Indicator> fromCodes(Iterable<String> codes) {
        Set<Indicator> result = new LinkedHashSet<>();
        for (String code : codes) {
            Indicator.fromCode(code).ifPresent(result::add);
        }
        return result;
    }
}
