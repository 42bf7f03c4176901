package org.rabta.cases;

import java.util.Map;

/**
 * For exports by other features: the SQL condition on {@code victim_case c} that selects the cases a user may see
 * with a list filter (the case list's own rule, including cases reached through a {@link CaseAccessExtension}),
 * with its named parameters. Read-only use: a caller selects the columns it needs and streams them.
 */
public record ReadableCases(String where, Map<String, Object> params) {

    public ReadableCases {
        params = Map.copyOf(params);
    }
}
