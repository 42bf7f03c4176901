package org.rabta.screening.engine;

import static org.rabta.screening.engine.Answer.NO;
import static org.rabta.screening.engine.Answer.YES;

import java.util.List;

/** Builds engine inputs for tests in the caseworker's terms. */
final class Inputs {

    private final Integer age;
    private final Facts facts;

    private Inputs(Integer age, Facts facts) {
        this.age = age;
        this.facts = facts;
    }

    static Inputs age(Integer age) {
        return new Inputs(age, Facts.none());
    }

    Inputs yes(Fact... facts) {
        return set(YES, facts);
    }

    Inputs no(Fact... facts) {
        return set(NO, facts);
    }

    Inputs set(Answer answer, Fact... changed) {
        Facts result = facts;
        for (Fact fact : changed) {
            result = result.with(fact, answer);
        }
        return new Inputs(age, result);
    }

    /** Every fact of the group NO. */
    Inputs none(FactGroup group) {
        return set(NO, Fact.inGroup(group).toArray(Fact[]::new));
    }

    /**
     * Sets an element the way a caseworker would record it: YES is one fact of the group YES, NO is
     * every fact of the group NO, UNKNOWN leaves the group unanswered.
     */
    Inputs element(FactGroup group, Answer answer) {
        return switch (answer) {
            case YES -> yes(Fact.inGroup(group).get(0));
            case NO -> none(group);
            case UNKNOWN -> this;
        };
    }

    /** All five smuggling conditions met: crossed irregularly, helped for a benefit, into a foreign country. */
    Inputs smuggled() {
        return yes(Fact.BORDER_CROSSED, Fact.ENTRY_OR_EXIT_IRREGULAR, Fact.FACILITATOR_INVOLVED, Fact.FACILITATOR_BENEFIT)
                .no(Fact.DESTINATION_NATIONAL_OR_RESIDENT);
    }

    /** Every fact not yet answered becomes NO, so no unknown is left. */
    Inputs restNo() {
        Facts result = facts;
        for (Fact fact : facts.unknown()) {
            result = result.with(fact, NO);
        }
        return new Inputs(age, result);
    }

    ScreeningInput input() {
        return new ScreeningInput(age, facts);
    }

    ScreeningResult evaluate() {
        return RuleSets.current().evaluate(input());
    }

    static List<Fact> facts(Fact... facts) {
        return List.of(facts);
    }
}
