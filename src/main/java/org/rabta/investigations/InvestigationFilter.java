package org.rabta.investigations;

import static org.rabta.shared.Text.blankToNull;

import java.time.LocalDate;
import org.rabta.audit.BulkRead;
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

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public InvestigationFilter {
        q = blankToNull(q);
        if (q != null && q.length() > 100) {
            q = q.substring(0, 100);
        }
        district = blankToNull(district);
        page = page == null || page < 0 ? 0 : Math.min(page, 10_000);
        size = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static InvestigationFilter empty() {
        return new InvestigationFilter(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public InvestigationFilter withPage(int newPage) {
        return new InvestigationFilter(q, district, offence, from, to, stalled, newPage, size);
    }

    /** What was asked, as the audit trail keeps a search's terms (they may hold an accused person's name). */
    String terms() {
        return BulkRead.termsOf(this);
    }
}
