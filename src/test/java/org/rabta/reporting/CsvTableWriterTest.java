package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(CsvTableWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvTableWriter.cell("+92 300 1234567")).isEqualTo("'+92 300 1234567");
        assertThat(CsvTableWriter.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvTableWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTableWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvTableWriter.cell("Lahore")).isEqualTo("Lahore");
        assertThat(CsvTableWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void numbersAreNotTextAndSoNeverNeutralised() {
        assertThat(CsvTableWriter.cell(-3L)).isEqualTo("-3");
        assertThat(CsvTableWriter.cell(null)).isEmpty();
    }

    @Test
    void writesRfc4180WithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter writer = new CsvTableWriter(out)) {
            writer.row(List.of("name", "note"));
            writer.row(List.of("Qureshi, Ali", "line one\nline two"));
            writer.row(List.of("پنجاب", 7L));
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,note\r\n\"Qureshi, Ali\",\"line one\nline two\"\r\nپنجاب,7\r\n");
    }
}
