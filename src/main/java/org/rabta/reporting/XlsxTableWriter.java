package org.rabta.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@link #ROWS_IN_MEMORY} rows are held in memory, the rest
 * go to a temporary file until the workbook is written out. Every text is written as a text cell, never as a
 * formula, so a text starting with "=" cannot run.
 */
final class XlsxTableWriter implements TableWriter {

    static final int ROWS_IN_MEMORY = 100;
    /** The most rows a sheet holds; an export that reaches it continues on a new sheet. */
    static final int ROWS_PER_SHEET = 1_048_576;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final String sheetName;
    private Sheet sheet;
    private int rowIndex;
    private int sheets;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        this.workbook.setCompressTempFiles(true);
        this.sheetName = sheetName;
        newSheet();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " " + sheets);
        rowIndex = 0;
    }

    @Override
    public void row(List<?> cells) {
        if (rowIndex == ROWS_PER_SHEET) {
            newSheet();
        }
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
