package org.rabta.screening.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule set ever in force, by version, so a stored screening can be re-read by its own rules. */
public final class RuleSets {

    private static final RuleSet CURRENT = new Pk2018Revision2RuleSet();

    /** Oldest first; a released version is never removed, since stored screenings name it. */
    private static final Map<String, RuleSet> BY_VERSION = index(List.of(new Pk2018RuleSet(), CURRENT));

    private RuleSets() {
    }

    /** The rule set new screenings use. */
    public static RuleSet current() {
        return CURRENT;
    }

    public static Optional<RuleSet> byVersion(String version) {
        return Optional.ofNullable(BY_VERSION.get(version));
    }

    /** All versions, oldest first. */
    public static List<RuleSet> all() {
        return List.copyOf(BY_VERSION.values());
    }

    private static Map<String, RuleSet> index(List<RuleSet> ruleSets) {
        Map<String, RuleSet> byVersion = new LinkedHashMap<>();
        for (RuleSet ruleSet : ruleSets) {
            if (byVersion.putIfAbsent(ruleSet.version(), ruleSet) != null) {
                throw new IllegalStateException("two rule sets claim version " + ruleSet.version());
            }
        }
        return byVersion;
    }
}
