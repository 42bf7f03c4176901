package org.rabta.screening;

import static org.rabta.shared.Text.blankToNull;

import java.util.Objects;
import java.util.Set;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.indicators.Indicator;

/**
 * What a caseworker records in one step, from the questionnaire or the API.
 *
 * @param age          the person's age when the case records none (or a newer one); null to use the case's age
 * @param facts        the answers; a fact left out is UNKNOWN
 * @param indicators   the ILO/EC indicators ticked, optional
 * @param determination the outcome the caseworker determines; null takes the engine's outcome
 * @param reason       why the determination differs from the engine's outcome (required then)
 * @param draft        keep as a draft: nothing is determined yet and no reason is demanded
 */
public record ScreeningCommand(Integer age, Facts facts, Set<Indicator> indicators, Outcome determination, String reason,
                               boolean draft) {

    public ScreeningCommand {
        Objects.requireNonNull(facts, "facts");
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        reason = blankToNull(reason);
    }
}
