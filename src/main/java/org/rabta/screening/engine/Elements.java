package org.rabta.screening.engine;

import java.util.Objects;

/** The legal elements the facts meet, each YES, NO or UNKNOWN. */
public record Elements(
        Answer act,
        Answer means,
        Answer purpose,
        Answer child,
        Answer trafficking,
        Answer smuggling,
        Answer irregularMigration) {

    public Elements {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(trafficking, "trafficking");
        Objects.requireNonNull(smuggling, "smuggling");
        Objects.requireNonNull(irregularMigration, "irregularMigration");
    }
}
