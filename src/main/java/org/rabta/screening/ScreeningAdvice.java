package org.rabta.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Elements;
import org.rabta.screening.engine.RuleSet;
import org.rabta.screening.engine.ScreeningInput;
import org.rabta.screening.engine.ScreeningResult;
import org.rabta.screening.indicators.Indicator;
import org.rabta.screening.indicators.IndicatorAssessment;

/**
 * Everything the result panel shows for a set of answers: the engine's result, the next steps it calls for and the
 * reading of the ILO/EC indicators ticked. Pure: the same answers always give the same advice.
 */
public record ScreeningAdvice(ScreeningResult result, List<NextStep> nextSteps, IndicatorAssessment indicators) {

    /** The legal elements by their contract names (act, means, ..., irregularMigration), in contract order. */
    public Map<String, Answer> elementValues() {
        Elements e = result.elements();
        Map<String, Answer> values = new LinkedHashMap<>();
        values.put("act", e.act());
        values.put("means", e.means());
        values.put("purpose", e.purpose());
        values.put("child", e.child());
        values.put("trafficking", e.trafficking());
        values.put("smuggling", e.smuggling());
        values.put("irregularMigration", e.irregularMigration());
        return values;
    }

    /** Evaluates the answers together with the indicators ticked, which the rules count as recorded present. */
    static ScreeningAdvice of(RuleSet ruleSet, ScreeningInput input, Set<Indicator> ticked) {
        ScreeningResult result = ruleSet.evaluate(input.withIndicatorsPresent(ticked.size()));
        return new ScreeningAdvice(result, NextSteps.of(result), IndicatorAssessment.assess(ticked, input.facts()));
    }
}
