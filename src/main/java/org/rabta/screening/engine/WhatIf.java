package org.rabta.screening.engine;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the open questions worth asking next: re-decides the outcome with one unknown answered
 * each way, and keeps the unknowns whose answer would change it.
 */
final class WhatIf {

    /** Ages either side of the line between a child and an adult (under 18 is a child). */
    private static final int OLDEST_CHILD_AGE = 17;
    private static final int YOUNGEST_ADULT_AGE = 18;

    private WhatIf() {
    }

    static List<Fact> decisiveFacts(ScreeningInput input, Function<ScreeningInput, Outcome> outcomeOf) {
        Outcome now = outcomeOf.apply(input);
        return input.facts().unknown().stream()
                .filter(fact -> outcomeOf.apply(input.withFact(fact, Answer.YES)) != now
                        || outcomeOf.apply(input.withFact(fact, Answer.NO)) != now)
                .toList();
    }

    static boolean ageDecisive(ScreeningInput input, Function<ScreeningInput, Outcome> outcomeOf) {
        if (input.age() != null) {
            return false;
        }
        Outcome now = outcomeOf.apply(input);
        return outcomeOf.apply(input.withAge(OLDEST_CHILD_AGE)) != now
                || outcomeOf.apply(input.withAge(YOUNGEST_ADULT_AGE)) != now;
    }
}
