package org.rabta.screening.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * A three-valued answer (Kleene logic): an unknown fact must not silently count as a no, so a
 * conclusion stays UNKNOWN until the facts that could change it are known.
 */
public enum Answer {
    YES, NO, UNKNOWN;

    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    /** The answer whose name is exactly {@code code}, if any. */
    public static Optional<Answer> fromCode(String code) {
        return Arrays.stream(values()).filter(answer -> answer.name().equals(code)).findFirst();
    }

    /** NO if either is NO, otherwise UNKNOWN if either is UNKNOWN, otherwise YES. */
    public Answer and(Answer other) {
        if (this == NO || other == NO) {
            return NO;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return YES;
    }

    /** YES if either is YES, otherwise UNKNOWN if either is UNKNOWN, otherwise NO. */
    public Answer or(Answer other) {
        if (this == YES || other == YES) {
            return YES;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return NO;
    }

    public Answer not() {
        return switch (this) {
            case YES -> NO;
            case NO -> YES;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** YES if one is YES, NO if all are NO (or there are none), otherwise UNKNOWN. */
    public static Answer any(Collection<Answer> answers) {
        return answers.stream().reduce(NO, Answer::or);
    }

    public static Answer any(Answer... answers) {
        return any(Arrays.asList(answers));
    }

    /** NO if one is NO, YES if all are YES (or there are none), otherwise UNKNOWN. */
    public static Answer all(Collection<Answer> answers) {
        return answers.stream().reduce(YES, Answer::and);
    }

    public static Answer all(Answer... answers) {
        return all(Arrays.asList(answers));
    }

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    public boolean isUnknown() {
        return this == UNKNOWN;
    }
}
