package org.rabta.screening;

import java.util.List;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.CompetentAgency;
import org.rabta.screening.engine.Elements;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.LegalSource;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningResult;

/** The JSON answer of {@code POST /api/v1/screening/evaluate}, as the screening contract sets it out. */
record EvaluationResponse(
        Outcome outcome,
        ElementsJson elements,
        CompetentAgency competentAgency,
        List<Flag> flags,
        List<String> legalBasis,
        List<String> explanation,
        String rulesetVersion,
        List<Fact> decisiveUnknowns) {

    record ElementsJson(Answer act, Answer means, Answer purpose, Answer child, Answer trafficking, Answer smuggling,
            Answer irregularMigration) {

        static ElementsJson of(Elements elements) {
            return new ElementsJson(elements.act(), elements.means(), elements.purpose(), elements.child(),
                    elements.trafficking(), elements.smuggling(), elements.irregularMigration());
        }
    }

    static EvaluationResponse of(ScreeningResult result, List<String> explanation) {
        return new EvaluationResponse(
                result.outcome(),
                ElementsJson.of(result.elements()),
                result.competentAgency(),
                result.flags(),
                result.legalBasis().stream().map(LegalSource::citation).toList(),
                explanation,
                result.rulesetVersion(),
                result.decisiveUnknowns());
    }
}
