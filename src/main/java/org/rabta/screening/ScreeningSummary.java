package org.rabta.screening;

import java.util.List;
import org.rabta.screening.engine.CompetentAgency;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.Outcome;

/** One entry of a case's screening history on the API (the full screening is at {@code href}). */
record ScreeningSummary(long id, String href, ScreeningStatus status, Outcome outcome,
                        EvaluationResponse.ElementsJson elements, CompetentAgency competentAgency, List<Flag> flags,
                        String rulesetVersion, Outcome determination, String reason, long version,
                        ScreeningResponse.Step created, ScreeningResponse.Step submitted, ScreeningResponse.Step reviewed) {

    static ScreeningSummary of(Screening s) {
        return new ScreeningSummary(s.getId(), "/api/v1/screenings/" + s.getId(), s.getStatus(), s.getOutcome(),
                EvaluationResponse.ElementsJson.of(s.elements()), s.getCompetentAgency(), s.flagList(),
                s.getRulesetVersion(), s.getDetermination(), s.getDeterminationReason(), s.getVersion(),
                ScreeningResponse.Step.of(s.getCreated()), ScreeningResponse.Step.of(s.getSubmitted()),
                ScreeningResponse.Step.of(s.getReviewed()));
    }
}
