package org.rabta.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rabta.web.SpreadsheetText;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so spreadsheet programs read Urdu correctly). A text cell that a
 * spreadsheet would run as a formula is neutralised ({@link SpreadsheetText}).
 */
final class CsvTableWriter implements TableWriter {

    private final Writer out;

    CsvTableWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(SpreadsheetText.BYTE_ORDER_MARK);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = SpreadsheetText.neutralise(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
