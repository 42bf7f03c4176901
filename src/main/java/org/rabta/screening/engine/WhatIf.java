package org.rabta.screening.engine;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the open questions worth asking next: re-decides the outcome with one unknown answered
 * each way, and keeps the unknowns whose answer would change it.
 */
final class WhatIf {

    private WhatIf() {
    }

    static List<Fact> decisiveFacts(ScreeningInput input, Function<ScreeningInput, Outcome> outcomeOf) {
        Outcome now = outcomeOf.apply(input);
        return input.facts().unknown().stream()
                .filter(fact -> outcomeOf.apply(input.withFact(fact, Answer.YES)) != now
                        || outcomeOf.apply(input.withFact(fact, Answer.NO)) != now)
                .toList();
    }

    /** Whether an unknown age would change the outcome: tried either side of the rule set's {@code adultAge}. */
    static boolean ageDecisive(ScreeningInput input, Function<ScreeningInput, Outcome> outcomeOf, int adultAge) {
        if (input.age() != null) {
            return false;
        }
        Outcome now = outcomeOf.apply(input);
        return outcomeOf.apply(input.withAge(adultAge - 1)) != now
                || outcomeOf.apply(input.withAge(adultAge)) != now;
    }
}
