package org.rabta.cases;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180, as spreadsheets write it) one record at a time, so that a file of any length is
 * never held in memory: fields separated by commas, records by CRLF, LF or CR; a field in double quotes
 * may hold commas, line breaks and doubled quotes ({@code ""}). A UTF-8 byte order mark before the first
 * record is skipped. Record numbers are what a spreadsheet shows as row numbers, whatever line breaks a
 * quoted field holds. Input that is not valid in the reader's charset is reported as a format problem.
 */
final class CsvRecords {

    /** Longer records are refused: a missing closing quote must not swallow a whole file into memory. */
    static final int MAX_RECORD_CHARS = 100_000;

    private static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private int recordNumber;
    private boolean started;
    private boolean inRecord;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** A record that cannot be read as CSV; nothing after it can be trusted either. */
    static final class FormatException extends Exception {

        private final int recordNumber;
        private final String messageCode;

        FormatException(int recordNumber, String messageCode) {
            super(messageCode + " in record " + recordNumber);
            this.recordNumber = recordNumber;
            this.messageCode = messageCode;
        }

        int recordNumber() {
            return recordNumber;
        }

        String messageCode() {
            return messageCode;
        }
    }

    /** The number of the record {@link #next()} answered last (1 for the first). */
    int recordNumber() {
        return recordNumber;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException, FormatException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                position++;
            }
        }
        if (peek() == END) {
            return null;
        }
        recordNumber++;
        inRecord = true;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordChars = 0;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        while (true) {
            int c = read();
            if (++recordChars > MAX_RECORD_CHARS) {
                throw new FormatException(recordNumber, "cases.import.error.recordTooLong");
            }
            if (quoted) {
                if (c == END) {
                    throw new FormatException(recordNumber, "cases.import.error.unclosedQuote");
                } else if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        field.append('"');
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
            } else if (c == '\n' || c == '\r' || c == END) {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                fields.add(field.toString());
                inRecord = false;
                return fields;
            } else if (afterClosingQuote) {
                throw new FormatException(recordNumber, "cases.import.error.afterQuote");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                // a quote inside an unquoted field is taken as it is, as spreadsheets do
                field.append((char) c);
            }
        }
    }

    private int peek() throws IOException, FormatException {
        if (position == length) {
            try {
                length = reader.read(buffer);
            } catch (CharacterCodingException e) {
                // the reader decodes ahead: the bad bytes are in this record or, between records, the next one
                throw new FormatException(inRecord ? recordNumber : recordNumber + 1, "cases.import.error.encoding");
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return END;
            }
        }
        return buffer[position];
    }

    private int read() throws IOException, FormatException {
        int c = peek();
        if (c != END) {
            position++;
        }
        return c;
    }
}
