package org.rabta.screening.engine;

/**
 * When a smuggling or irregular-migration outcome still raises {@link Flag#TRAFFICKING_INDICATORS_PRESENT}: the one
 * rule in which {@link Pk2018Revision2RuleSet PK-2018.2} differs from {@link Pk2018RuleSet PK-2018.1}. Released
 * conditions never change; a new reading is a new constant used by a new rule-set version.
 */
enum TraffickingIndicatorsCondition {

    /** PK-2018.1: any element of trafficking is YES, the act included. */
    ANY_ELEMENT {
        @Override
        boolean holds(Elements elements, ScreeningInput input) {
            return Answer.any(elements.act(), elements.means(), elements.purpose()).isYes();
        }
    },

    /**
     * PK-2018.2: a means or a purpose of trafficking is YES, or an ILO/EC indicator is recorded as present. The act
     * alone does not count: moving a person across a border is inherent in smuggling, so an act says nothing of
     * trafficking there, and PK-2018.1 flagged every ordinary smuggling case.
     */
    MEANS_PURPOSE_OR_INDICATOR {
        @Override
        boolean holds(Elements elements, ScreeningInput input) {
            return Answer.any(elements.means(), elements.purpose()).isYes() || input.indicatorsPresent() > 0;
        }
    };

    abstract boolean holds(Elements elements, ScreeningInput input);
}
