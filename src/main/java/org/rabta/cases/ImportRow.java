package org.rabta.cases;

import org.rabta.shared.Violation;
import java.util.ArrayList;
import java.util.List;

/** A data row of an import file, waiting in the current chunk: its form, what is wrong with it, and where it goes. */
final class ImportRow {

    final int row;
    final CaseForm form;
    final List<Violation> violations;
    /** Problems of the row as a whole, such as a wrong number of cells. */
    final List<ImportReport.Problem> rowProblems = new ArrayList<>();
    String provinceCode;
    String caseNumber;

    ImportRow(int row, CaseForm form, List<Violation> violations) {
        this.row = row;
        this.form = form;
        this.violations = violations;
    }

    boolean valid() {
        return violations.isEmpty() && rowProblems.isEmpty();
    }
}
