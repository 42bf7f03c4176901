package org.rabta.reporting;

import java.io.IOException;
import java.util.List;

/**
 * Writes an export row by row to the response as it goes, so that a million rows never sit in memory. A cell is a
 * {@link Number} (written as a number) or a text; null is an empty cell.
 */
interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    /** Ends the file (for XLSX: writes the workbook) and releases what the writer holds. */
    @Override
    void close() throws IOException;
}
