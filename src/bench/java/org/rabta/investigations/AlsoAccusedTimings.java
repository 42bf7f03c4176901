package org.rabta.investigations;

import org.rabta.bench.RecordedStatements;
import org.rabta.cases.NameMatching;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "also accused in" search ({@link AlsoAccusedIn}, the query the accused page runs) timed directly on PostgreSQL
 * and explained, for {@code JusticeBenchmark}: for an accused without a CNIC, so that the names decide. Lives in the
 * package of {@link AlsoAccusedIn}, which the application keeps package-private.
 */
public final class AlsoAccusedTimings {

    private AlsoAccusedTimings() {
    }

    /** Times the search of the agency's investigations for a name and a father's name (null: none recorded). */
    public static void time(RecordedStatements database, int runs, boolean explain, long agencyId, String agencyName,
                            String name, String fatherName) {
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        NameMatching names = new NameMatching(jdbc);
        AlsoAccusedIn alsoAccusedIn = new AlsoAccusedIn(jdbc);
        String label = "also accused in: '" + name + "'" + (fatherName == null ? "" : " s/o '" + fatherName + "'")
                + " (" + agencyName + ")";
        database.time(label, runs, explain, () -> {
            names.useThreshold();
            // no investigation of the agency has the id -1: every one of them is searched, as for a new accused
            alsoAccusedIn.find(agencyId, -1, null, name, fatherName);
        });
    }
}
