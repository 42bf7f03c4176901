package org.rabta.screening.engine;

import java.util.Objects;

/**
 * What the engine decides from: the person's age in years (null when not known) and the facts.
 *
 * @param age   age in whole years, {@value #MIN_AGE}–{@value #MAX_AGE}, or null when unknown
 * @param facts the recorded answers
 */
public record ScreeningInput(Integer age, Facts facts) {

    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 120;

    public ScreeningInput {
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age must be between " + MIN_AGE + " and " + MAX_AGE + ": " + age);
        }
        Objects.requireNonNull(facts, "facts");
    }

    public ScreeningInput withFact(Fact fact, Answer answer) {
        return new ScreeningInput(age, facts.with(fact, answer));
    }

    public ScreeningInput withAge(Integer newAge) {
        return new ScreeningInput(newAge, facts);
    }
}
