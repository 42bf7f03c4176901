package org.rabta.reporting;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.AgeBand;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics tables store the age band that the SQL function {@code reporting_age_band} computes; the lists and
 * the figures read it back as {@link AgeBand}. Both must draw the same boundaries.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class StoredAgeBandTest {

    private final JdbcClient jdbc;

    @Test
    void theDatabaseBandsEveryAgeAsAgeBandDoes() {
        Map<Integer, String> stored = new HashMap<>();
        jdbc.sql("select age, reporting_age_band(age) from generate_series(0, 130) age union all select null, reporting_age_band(null)")
                .query(rs -> {
                    stored.put((Integer) rs.getObject(1), rs.getString(2));
                });
        assertThat(stored).hasSize(132);
        stored.forEach((age, band) -> assertThat(AgeBand.ofStoredCode(band)).as("age %s", age).isEqualTo(AgeBand.of(age)));
    }
}
