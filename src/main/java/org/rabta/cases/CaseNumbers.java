package org.rabta.cases;

import lombok.RequiredArgsConstructor;
import org.rabta.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers {@code <prefix>-<year>-<6 digits>}, sequential per province prefix and identification year.
 * The counter row is incremented with one upsert inside the registering transaction: its row lock makes a
 * concurrent registration in the same province and year wait until this one commits or rolls back, so numbers
 * are unique and, because a rolled-back increment is undone, without gaps.
 */
@Component
@RequiredArgsConstructor
public class CaseNumbers {

    static final int MAX_PER_YEAR = 999_999;

    private final JdbcClient jdbc;

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String prefix, int year) {
        long last = reserve(prefix, year, 1);
        return format(prefix, year, last);
    }

    /** Reserves {@code count} consecutive numbers and answers the last one (the first is {@code last - count + 1}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reserve(String prefix, int year, int count) {
        long last = jdbc.sql("""
                        insert into case_number_counter (prefix, year, last_value) values (:prefix, :year, :count)
                        on conflict (prefix, year) do update set last_value = case_number_counter.last_value + :count
                        returning last_value""")
                .param("prefix", prefix)
                .param("year", year)
                .param("count", count)
                .query(Long.class)
                .single();
        if (last > MAX_PER_YEAR) {
            throw new BusinessRuleException("cases.error.numbersExhausted", prefix, year);
        }
        return last;
    }

    public static String format(String prefix, int year, long sequence) {
        return "%s-%04d-%06d".formatted(prefix, year, sequence);
    }
}
