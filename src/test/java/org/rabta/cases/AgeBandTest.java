package org.rabta.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rabta.shared.Childhood;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({"0, CHILD_0_11", "11, CHILD_0_11", "12, CHILD_12_17", "17, CHILD_12_17", "18, ADULT_18_29",
            "29, ADULT_18_29", "30, ADULT_30_44", "44, ADULT_30_44", "45, ADULT_45_59", "59, ADULT_45_59",
            "60, ADULT_60_PLUS", "105, ADULT_60_PLUS"})
    void everyAgeFallsInExactlyTheBandOfItsBoundaries(int age, AgeBand band) {
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }

    @Test
    void aChildIsZeroToSeventeenAsForTheCaseItself() {
        assertThat(Childhood.ADULT_AGE).isEqualTo(18);
        for (int age = 0; age <= 100; age++) {
            assertThat(AgeBand.of(age).isChild()).as("age %d", age).isEqualTo(age <= 17);
            assertThat(AgeBand.of(age).isAdult()).as("age %d", age).isEqualTo(age >= 18);
        }
        assertThat(AgeBand.of(null)).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.UNKNOWN.isChild()).isFalse();
        assertThat(AgeBand.UNKNOWN.isAdult()).isFalse();
    }

    @Test
    void theApiWritesTheBandAsItsRange() {
        assertThat(AgeBand.CHILD_12_17.code()).isEqualTo("12-17");
        assertThat(AgeBand.ADULT_60_PLUS.code()).isEqualTo("60+");
    }
}
