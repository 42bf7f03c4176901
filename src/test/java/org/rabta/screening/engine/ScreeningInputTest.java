package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningInputTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17, 18, 120})
    void acceptsAgesFromZeroTo120(int age) {
        assertThat(new ScreeningInput(age, Facts.none()).age()).isEqualTo(age);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 121, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsAgesOutside0To120(int age) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningInput(age, Facts.none()))
                .withMessageContaining("age");
    }

    @Test
    void anUnknownAgeIsNull() {
        assertThat(new ScreeningInput(null, Facts.none()).age()).isNull();
    }

    @Test
    void factsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ScreeningInput(30, null));
    }
}
