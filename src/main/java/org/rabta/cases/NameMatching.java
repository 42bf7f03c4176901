package org.rabta.cases;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule of "probably the same person by name", for victims ({@link DuplicateFinder}) and for any other person
 * Rabta records with a name and a father's name (the accused of investigations): trigram similarity of the
 * transliteration-tolerant name keys (SQL function {@code rabta_name_key}, migration V10) above
 * {@link #NAME_THRESHOLD}, with a father's or husband's name, when both are known, that does not contradict it.
 * The {@code %} operator needs a GIN or GiST trigram index on the key column to be fast.
 */
@Component
@RequiredArgsConstructor
public class NameMatching {

    public static final double NAME_THRESHOLD = 0.5;
    public static final double FATHER_THRESHOLD = 0.4;

    private final JdbcClient jdbc;

    /** Sets the threshold of {@code %} for the current transaction only; call inside one, before {@link #condition}. */
    public void useThreshold() {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(NAME_THRESHOLD)).query(String.class).single();
    }

    /**
     * How far the stored name is from the searched one by the same similarity (1 minus it), for "nearest first": a GiST
     * trigram index on {@code nameKey} (with the agency first, btree_gist) returns an agency's names in this order and
     * stops at the query's limit, where a GIN index must find and sort every similar name. The key column stays on the
     * left of {@code <->}: the index orders by it only in this form.
     */
    public static String distance(String nameKey, String nameParam) {
        return "%s <-> rabta_name_key(:%s)".formatted(nameKey, nameParam);
    }

    /**
     * The SQL condition "the stored name matches": {@code nameKey} and {@code fatherKey} are the stored key columns,
     * {@code nameParam} and {@code fatherParam} the names of the parameters holding the names as typed (not keys).
     */
    public static String condition(String nameKey, String fatherKey, String nameParam, String fatherParam) {
        return ("(rabta_name_key(:%2$s) is not null and %1$s %% rabta_name_key(:%2$s)"
                + " and (%3$s is null or rabta_name_key(:%4$s) is null or similarity(%3$s, rabta_name_key(:%4$s)) >= %5$s))")
                .formatted(nameKey, nameParam, fatherKey, fatherParam, FATHER_THRESHOLD);
    }
}
