package org.rabta.cases;

import java.util.Map;

/**
 * For exports by other features: the SQL condition on {@code victim_case c} that selects the cases a user may see
 * with a list filter (the case list's own rule: the whole records of the user's agency,
 * {@link CaseAccessPolicy#LISTABLE_SQL}), with its named parameters. Read-only use: a caller selects the columns it needs and streams them.
 */
public record ReadableCases(String where, Map<String, Object> params) {

    public ReadableCases {
        params = Map.copyOf(params);
    }
}
