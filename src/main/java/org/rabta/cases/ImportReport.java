package org.rabta.cases;

import java.util.List;
import org.rabta.shared.Violation;

/**
 * What an import did. {@code rows} counts the data rows read (blank rows are skipped), {@code rejected} the
 * rows with at least one problem; when {@code fileRejected} is set nothing was saved ({@code imported} is 0).
 * Problems are listed in file order up to {@link CaseImporter#MAX_PROBLEMS}; {@code problemsOmitted} says how
 * many more there were.
 */
record ImportReport(ImportMode mode, int rows, int imported, int rejected, boolean fileRejected,
                    List<Problem> problems, int problemsOmitted) {

    ImportReport {
        problems = List.copyOf(problems);
    }

    /**
     * One problem: the spreadsheet row (the header is row 1) and what is wrong there, its field the column (null when
     * it concerns the whole row or file).
     */
    record Problem(int row, Violation violation) {
    }
}
