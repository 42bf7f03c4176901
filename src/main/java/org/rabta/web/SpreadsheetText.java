package org.rabta.web;

/**
 * Text in a CSV file a spreadsheet program will open. A cell starting with {@code = + - @}, a tab or a carriage
 * return would run as a formula there (formula injection: a name typed as {@code =HYPERLINK(...)} becomes a link
 * that sends data away): such a cell is neutralised with a leading apostrophe, which spreadsheets show as text. Every
 * CSV download uses this one rule.
 */
public final class SpreadsheetText {

    /** Written first, so that spreadsheet programs read the file as UTF-8 (Urdu names). */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text, with an apostrophe in front where a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
