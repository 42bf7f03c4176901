package org.rabta.screening.engine;

import java.util.List;

/**
 * The rules of one version of the law. A change of law is a new implementation with a new
 * {@link #version()}; the old one stays so that stored screenings keep the rules they used.
 */
public interface RuleSet {

    /** Stable identifier stored with every screening, e.g. {@code PK-2018.1}. */
    String version();

    /** The rules, each naming its legal source. */
    List<Rule> rules();

    ScreeningResult evaluate(ScreeningInput input);
}
