package org.rabta.screening.engine;

import java.util.List;

/**
 * One rule of a rule set, named so results and documentation can refer to it, with the
 * provisions it rests on.
 *
 * @param id      stable name within the rule set, e.g. {@code element.trafficking}
 * @param sources the provisions, never empty
 */
public record Rule(String id, List<LegalSource> sources) {

    public Rule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " must name its legal source");
        }
    }

    public Rule(String id, LegalSource... sources) {
        this(id, List.of(sources));
    }
}
