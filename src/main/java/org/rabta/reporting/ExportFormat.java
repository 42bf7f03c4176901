package org.rabta.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.rabta.shared.RecordNotFoundException;

/** The file formats of the exports. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    TableWriter writer(OutputStream out, String sheetName) throws IOException {
        return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheetName);
    }

    static ExportFormat of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new RecordNotFoundException("Export format", extension);
    }
}
