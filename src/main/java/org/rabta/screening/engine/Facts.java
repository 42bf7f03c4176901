package org.rabta.screening.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recorded answers, immutable. A fact that was not recorded is UNKNOWN; UNKNOWN entries are
 * not stored, so two sets of facts that say the same thing are equal.
 */
public final class Facts {

    private static final Facts NONE = new Facts(new EnumMap<>(Fact.class));

    private final Map<Fact, Answer> answers;

    private Facts(EnumMap<Fact, Answer> answers) {
        this.answers = Collections.unmodifiableMap(answers);
    }

    public static Facts none() {
        return NONE;
    }

    public static Facts of(Map<Fact, Answer> answers) {
        EnumMap<Fact, Answer> known = new EnumMap<>(Fact.class);
        answers.forEach((fact, answer) -> {
            if (Objects.requireNonNull(answer, "answer") != Answer.UNKNOWN) {
                known.put(Objects.requireNonNull(fact, "fact"), answer);
            }
        });
        return new Facts(known);
    }

    /** Facts where each listed fact is YES and every other is UNKNOWN. */
    public static Facts yes(Fact... facts) {
        Facts result = NONE;
        for (Fact fact : facts) {
            result = result.with(fact, Answer.YES);
        }
        return result;
    }

    public Answer get(Fact fact) {
        return answers.getOrDefault(fact, Answer.UNKNOWN);
    }

    /** A copy with one answer changed; the original is untouched. */
    public Facts with(Fact fact, Answer answer) {
        EnumMap<Fact, Answer> changed = answers.isEmpty() ? new EnumMap<>(Fact.class) : new EnumMap<>(answers);
        if (answer == Answer.UNKNOWN) {
            changed.remove(fact);
        } else {
            changed.put(fact, answer);
        }
        return new Facts(changed);
    }

    /** YES if any fact of the group is YES, NO if all are NO, otherwise UNKNOWN. */
    public Answer any(FactGroup group) {
        return Answer.any(Fact.inGroup(group).stream().map(this::get).toList());
    }

    /** The facts of a group that have the given answer, in declaration order. */
    public List<Fact> withAnswer(FactGroup group, Answer answer) {
        return Fact.inGroup(group).stream().filter(fact -> get(fact) == answer).toList();
    }

    /** The listed facts that have the given answer, in the order listed. */
    public List<Fact> withAnswer(Answer answer, Fact... facts) {
        return Arrays.stream(facts).filter(fact -> get(fact) == answer).toList();
    }

    /** Every fact still UNKNOWN, in declaration order. */
    public List<Fact> unknown() {
        return Arrays.stream(Fact.values()).filter(fact -> get(fact) == Answer.UNKNOWN).toList();
    }

    /** The recorded (YES or NO) answers. */
    public Map<Fact, Answer> asMap() {
        return answers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Facts facts && answers.equals(facts.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return "Facts" + answers;
    }
}
