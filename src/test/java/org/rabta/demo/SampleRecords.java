package org.rabta.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Path variables for screens no link led to, read from the demo data: a case of each agency and each referred case,
 * a screening of each agency in each status, every committee, meetings, referrals. Keys are those of
 * {@link Crawl#variableKey}: the path segment before the variable, a slash, and its name. Whether a user may see a
 * record is for the application to answer: the crawl tries these until one answers 200.
 */
final class SampleRecords {

    private SampleRecords() {
    }

    static List<Map<String, String>> read(JdbcTemplate jdbc) {
        List<Map<String, String>> bindings = new ArrayList<>();
        jdbc.query("""
                select case_number from (select distinct on (owning_agency_id) case_number, id from victim_case
                                         order by owning_agency_id, id) firsts
                union select case_number from referral""",
                (row) -> {
                    bindings.add(Map.of("cases/caseNumber", row.getString(1)));
                });
        jdbc.query("""
                select distinct on (c.owning_agency_id, s.status) s.id, s.case_number
                from screening s join victim_case c on c.id = s.case_id order by c.owning_agency_id, s.status, s.id""",
                (row) -> {
                    bindings.add(Map.of("screenings/id", row.getString(1), "cases/caseNumber", row.getString(2)));
                });
        jdbc.query("select id, case_number from referral order by id",
                (row) -> {
                    bindings.add(Map.of("referrals/id", row.getString(1), "review/id", row.getString(1),
                            "cases/caseNumber", row.getString(2)));
                });
        jdbc.query("select id from committee order by id",
                (row) -> {
                    bindings.add(Map.of("committees/id", row.getString(1)));
                });
        jdbc.query("select committee_id, id from committee_meeting order by id",
                (row) -> {
                    bindings.add(Map.of("committees/id", row.getString(1), "meetings/meetingId", row.getString(2)));
                });
        return List.copyOf(bindings);
    }
}
