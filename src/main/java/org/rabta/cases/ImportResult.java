package org.rabta.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An {@link ImportReport} in the reader's language: the API's answer ({@code {"imported": n, "rejected": m,
 * "errors": [{"row": r, "field": f, "message": "..."}]}} and more) and the import screen's report. Serializable
 * because the screen carries it across its redirect in the (PostgreSQL-backed) session.
 */
public record ImportResult(String mode, int rows, int imported, int rejected, boolean fileRejected, List<Error> errors,
                    int errorsOmitted) implements Serializable {

    public record Error(int row, String field, String message) implements Serializable {
    }

    /** At most {@code limit} errors are kept (the rest are counted in {@code errorsOmitted}). */
    static ImportResult of(ImportReport report, MessageSource messages, Locale locale, int limit) {
        List<Error> errors = report.problems().stream().limit(limit)
                .map(problem -> new Error(problem.row(), problem.violation().field(), messages.getMessage(
                        problem.violation().code(), problem.violation().arguments().toArray(), locale)))
                .toList();
        return new ImportResult(report.mode().parameter(), report.rows(), report.imported(), report.rejected(),
                report.fileRejected(), errors, report.problemsOmitted() + report.problems().size() - errors.size());
    }
}
