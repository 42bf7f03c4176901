package org.rabta.screening.engine;

import java.util.Objects;

/**
 * What the engine decides from: the person's age in years (null when not known), the facts, and how many ILO/EC
 * indicators of trafficking are recorded as present (the checklist itself lives outside the engine; a rule set
 * may only ask whether some are).
 *
 * @param age               age in whole years, {@value #MIN_AGE}–{@value #MAX_AGE}, or null when unknown
 * @param facts             the recorded answers
 * @param indicatorsPresent the number of ILO/EC indicators recorded as present, 0 or more
 */
public record ScreeningInput(Integer age, Facts facts, int indicatorsPresent) {

    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 120;

    public ScreeningInput {
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age must be between " + MIN_AGE + " and " + MAX_AGE + ": " + age);
        }
        Objects.requireNonNull(facts, "facts");
        if (indicatorsPresent < 0) {
            throw new IllegalArgumentException("indicatorsPresent must not be negative: " + indicatorsPresent);
        }
    }

    /** Age and facts, with no indicator recorded. */
    public ScreeningInput(Integer age, Facts facts) {
        this(age, facts, 0);
    }

    public ScreeningInput withFact(Fact fact, Answer answer) {
        return new ScreeningInput(age, facts.with(fact, answer), indicatorsPresent);
    }

    public ScreeningInput withAge(Integer newAge) {
        return new ScreeningInput(newAge, facts, indicatorsPresent);
    }

    public ScreeningInput withIndicatorsPresent(int count) {
        return new ScreeningInput(age, facts, count);
    }
}
