package org.rabta.screening;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rabta.accounts.Stamp;
import org.rabta.directory.ServiceType;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.CompetentAgency;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.LegalSource;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.indicators.IndicatorDimension;

/**
 * A stored screening on the API: the result fields of the evaluate contract (outcome, elements, competentAgency,
 * flags, legalBasis, explanation, rulesetVersion, decisiveUnknowns), then what was recorded and decided, by whom
 * and when, and the recommended next steps.
 */
record ScreeningResponse(
        Outcome outcome,
        EvaluationResponse.ElementsJson elements,
        CompetentAgency competentAgency,
        List<Flag> flags,
        List<String> legalBasis,
        List<String> explanation,
        String rulesetVersion,
        List<Fact> decisiveUnknowns,
        long id,
        String caseNumber,
        ScreeningStatus status,
        Outcome determination,
        String reason,
        long version,
        Integer age,
        Map<Fact, Answer> facts,
        List<String> indicators,
        List<IndicatorDimension> positiveIndicatorDimensions,
        String supervisorComment,
        Step created,
        Step submitted,
        Step reviewed,
        List<NextStepJson> nextSteps) {

    /** Who did a step and when; null when the step has not happened. */
    record Step(String by, String byName, Instant at) {

        static Step of(Stamp stamp) {
            return stamp == null ? null : new Step(stamp.getBy(), stamp.getByName(), stamp.getAt());
        }
    }

    /** A recommended action; {@code referral} is the screen that creates the matching referral. */
    record NextStepJson(String code, ServiceType service, boolean required, String referral) {
    }

    static ScreeningResponse of(ScreeningRecord record, List<String> explanation) {
        Screening s = record.screening();
        ScreeningAdvice advice = record.advice();
        Map<Fact, Answer> facts = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            facts.put(fact, s.getFacts().getOrDefault(fact, Answer.UNKNOWN));
        }
        return new ScreeningResponse(s.getOutcome(), EvaluationResponse.ElementsJson.of(s.elements()),
                s.getCompetentAgency(), s.flagList(),
                advice.result().legalBasis().stream().map(LegalSource::citation).toList(), explanation,
                s.getRulesetVersion(), advice.result().decisiveUnknowns(), s.getId(), s.getCaseNumber(), s.getStatus(),
                s.getDetermination(), s.getDeterminationReason(), s.getVersion(), s.getAgeYears(), facts,
                List.copyOf(s.indicatorCodes()), advice.indicators().positiveDimensions(), s.getSupervisorComment(),
                Step.of(s.getCreated()), Step.of(s.getSubmitted()), Step.of(s.getReviewed()),
                advice.nextSteps().stream().map(step -> new NextStepJson(step.code(), step.service(), step.required(),
                        step.service() == null ? null : ScreeningLinks.referral(s.getCaseNumber(), step.service()))).toList());
    }
}
