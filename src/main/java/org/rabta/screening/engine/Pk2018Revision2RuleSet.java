package org.rabta.screening.engine;

import java.util.List;

/**
 * PK-2018.2: the law of {@link Pk2018RuleSet PK-2018.1} (PTPA 2018, PSMA 2018 and the migration offences), with the
 * flag {@link Flag#TRAFFICKING_INDICATORS_PRESENT} corrected: it is raised on a smuggling or irregular-migration
 * outcome only when a means or a purpose of trafficking is YES, or an ILO/EC indicator is recorded as present
 * ({@link TraffickingIndicatorsCondition#MEANS_PURPOSE_OR_INDICATOR}), never for the act alone, which is inherent in
 * smuggling. Every other rule, source and sentence is PK-2018.1's. Screenings recorded under PK-2018.1 keep it.
 */
public final class Pk2018Revision2RuleSet implements RuleSet {

    public static final String VERSION = "PK-2018.2";

    private final Pk2018RuleSet rules =
            new Pk2018RuleSet(VERSION, TraffickingIndicatorsCondition.MEANS_PURPOSE_OR_INDICATOR);

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<Rule> rules() {
        return rules.rules();
    }

    @Override
    public ScreeningResult evaluate(ScreeningInput input) {
        return rules.evaluate(input);
    }
}
