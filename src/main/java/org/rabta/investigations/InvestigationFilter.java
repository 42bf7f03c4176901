package org.rabta.investigations;

import static org.rabta.shared.Text.codeOrNull;

import java.time.LocalDate;
import org.rabta.audit.BulkRead;
import org.rabta.web.ListParameters;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The investigation list's filters and page, as query parameters for the screen and the API alike: {@code q} is an FIR
 * number (its start), an accused person's CNIC, or an accused person's name (transliteration-tolerant); {@code stalled}
 * keeps the FIRs without a charge sheet {@value InvestigationSearch#STALLED_DAYS} days after registration.
 */
public record InvestigationFilter(
        String q,
        String district,
        Offence offence,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean stalled,
        Integer page,
        Integer size) {

    public InvestigationFilter {
        q = ListParameters.query(q);
        district = codeOrNull(district);
        page = ListParameters.page(page);
        size = ListParameters.size(size);
    }

    public static InvestigationFilter empty() {
        return new InvestigationFilter(null, null, null, null, null, null, 0, ListParameters.DEFAULT_SIZE);
    }

    public InvestigationFilter withPage(int newPage) {
        return new InvestigationFilter(q, district, offence, from, to, stalled, newPage, size);
    }

    /** What was asked, as the audit trail keeps a search's terms (they may hold an accused person's name). */
    String terms() {
        return BulkRead.termsOf(this);
    }
}
