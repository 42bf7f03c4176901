package org.rabta.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<List<String>> read(String text) throws Exception {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<List<String>> all = new ArrayList<>();
        List<String> record;
        while ((record = records.next()) != null) {
            all.add(record);
        }
        return all;
    }

    @Test
    void recordsEndWithCrLfLfOrCrAndTheLastNeedsNoLineBreak() throws Exception {
        assertThat(read("a,b\r\nc,d\ne,f\rg,h")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"),
                List.of("g", "h"));
        assertThat(read("a,b\n")).containsExactly(List.of("a", "b"));
        assertThat(read("")).isEmpty();
    }

    @Test
    void emptyFieldsAndBlankLinesAreKept() throws Exception {
        assertThat(read(",a,,\n\nb")).containsExactly(List.of("", "a", "", ""), List.of(""), List.of("b"));
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        CsvRecords records = new CsvRecords(new StringReader("\"a, b\",\"line\r\nbreak\",\"say \"\"hi\"\"\",\"\"\nnext,row\n"));
        assertThat(records.next()).containsExactly("a, b", "line\r\nbreak", "say \"hi\"", "");
        assertThat(records.recordNumber()).isEqualTo(1);
        assertThat(records.next()).containsExactly("next", "row");
        assertThat(records.recordNumber()).as("a line break inside quotes does not start a record").isEqualTo(2);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws Exception {
        assertThat(read("5'2\" tall,x")).containsExactly(List.of("5'2\" tall", "x"));
    }

    @Test
    void aByteOrderMarkIsSkippedOnlyAtTheStart() throws Exception {
        assertThat(read("\uFEFFa,b\n\uFEFFc")).containsExactly(List.of("a", "b"), List.of("\uFEFFc"));
    }

    @Test
    void brokenQuotingNamesTheRecord() {
        assertThatThrownBy(() -> read("a\n\"open,b\nc\n"))
                .isInstanceOfSatisfying(CsvRecords.FormatException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(2);
                    assertThat(e.messageCode()).isEqualTo("cases.import.error.unclosedQuote");
                });
        assertThatThrownBy(() -> read("a\nb\n\"c\"d\n"))
                .isInstanceOfSatisfying(CsvRecords.FormatException.class, e -> {
                    assertThat(e.recordNumber()).isEqualTo(3);
                    assertThat(e.messageCode()).isEqualTo("cases.import.error.afterQuote");
                });
        assertThatThrownBy(() -> read("\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 1)))
                .isInstanceOfSatisfying(CsvRecords.FormatException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("cases.import.error.recordTooLong"));
    }

    @Test
    void bytesThatAreNotUtf8AreAFormatProblem() {
        byte[] latin1 = "a\nZo\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvRecords records = new CsvRecords(new InputStreamReader(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        assertThatThrownBy(() -> {
            while (records.next() != null) {
                // read to the end
            }
        }).isInstanceOfSatisfying(CsvRecords.FormatException.class,
                e -> assertThat(e.messageCode()).isEqualTo("cases.import.error.encoding"));
    }
}
