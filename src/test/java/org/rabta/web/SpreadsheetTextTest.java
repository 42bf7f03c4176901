package org.rabta.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.neutralise("+92 300 1234567")).isEqualTo("'+92 300 1234567");
        assertThat(SpreadsheetText.neutralise("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.neutralise("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(SpreadsheetText.neutralise("Lahore")).isEqualTo("Lahore");
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralise("'=quoted")).isEqualTo("'=quoted");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
    }
}
