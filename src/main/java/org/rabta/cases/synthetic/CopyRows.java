package org.rabta.cases.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), sent with the driver's
 * {@code CopyManager}: one round trip per table and batch instead of one insert per row. Public for the synthetic
 * records of other features (investigations).
 */
public final class CopyRows {

    private final String table;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private boolean rowStarted;
    private int rows;

    public CopyRows(String tableAndColumns) {
        this.table = tableAndColumns;
    }

    public CopyRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> text.append("\\N");
            case List<?> list -> {
                // Array literal of plain codes (picklist names, country codes): no quoting needed.
                text.append('{');
                for (int i = 0; i < list.size(); i++) {
                    text.append(i == 0 ? "" : ",").append(list.get(i));
                }
                text.append('}');
            }
            case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            default -> escape(value.toString());
        }
        return this;
    }

    public void endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
    }

    public int rows() {
        return rows;
    }

    public void copyInto(Connection connection) throws SQLException, IOException {
        if (rows == 0) {
            return;
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " from stdin", new StringReader(text.toString()));
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
