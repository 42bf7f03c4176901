package org.rabta.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void freeTextLosesItsSurroundingWhiteSpaceAndIsNullWhenBlank() {
        assertThat(Text.blankToNull("  Lahore \t")).isEqualTo("Lahore");
        assertThat(Text.blankToNull(" \n ")).isNull();
        assertThat(Text.blankToNull(null)).isNull();
    }

    @Test
    void aCodeIsStrippedInUpperCaseAndNullWhenBlank() {
        assertThat(Text.codeOrNull(" pk617 ")).isEqualTo("PK617");
        assertThat(Text.codeOrNull("case_read")).isEqualTo("CASE_READ");
        assertThat(Text.codeOrNull("   ")).isNull();
        assertThat(Text.codeOrNull(null)).isNull();
    }
}
