package org.rabta.committees;

import com.lowagie.text.PageSize;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.web.PrintedPages.Align;
import org.rabta.web.PrintedPages.Weight;
import org.rabta.web.PrintedPages;
import org.rabta.web.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A roster as CSV (for spreadsheets) and as a printable PDF, both in the reader's language (the PDF in Urdu right to
 * left, see {@link PrintedPages}). CSV cells that a spreadsheet would run as a formula are neutralised
 * ({@link SpreadsheetText}).
 */
@Component
@RequiredArgsConstructor
class RosterExport {

    private static final float MARGIN = 36;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {90, 150, 130, 190, 90, 70, 70};
    private static final List<Align> ALIGNS = Collections.nCopies(COLUMNS.length, Align.START);

    private final MessageSource messages;

    byte[] csv(Roster roster, Locale locale) {
        StringBuilder out = new StringBuilder().append(SpreadsheetText.BYTE_ORDER_MARK);
        row(out, List.of(text("committees.field.role", locale), text("committees.field.name", locale),
                text("committees.field.designation", locale), text("committees.field.agencyCode", locale),
                text("committees.field.agency", locale), text("committees.field.sectors", locale),
                text("committees.field.phone", locale), text("committees.field.email", locale),
                text("committees.field.from", locale), text("committees.field.to", locale)));
        for (RosterEntry entry : roster.entries()) {
            row(out, List.of(text("committees.role." + entry.role(), locale), entry.name(), nullToEmpty(entry.designation()),
                    entry.agencyCode(), entry.agencyName(locale),
                    entry.sectors().stream().map(sector -> text("committees.sector." + sector, locale)).collect(Collectors.joining("; ")),
                    nullToEmpty(entry.phone()), nullToEmpty(entry.email()), entry.from().toString(),
                    entry.to() == null ? "" : entry.to().toString()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell as CSV: quoted, and neutralised where a spreadsheet would take it for a formula. */
    static String cell(String value) {
        return "\"" + SpreadsheetText.neutralise(value).replace("\"", "\"\"") + "\"";
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(RosterExport::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    byte[] pdf(Roster roster, Locale locale) {
        PrintedPages pages = PrintedPages.open(locale, PageSize.A4.rotate(), MARGIN, roster.committee().name(locale));
        pages.paragraph(roster.committee().name(locale), Weight.BOLD, 14);
        pages.paragraph(text(locale, "committees.pdf.rosterOn", PrintedPages.leftToRight(roster.on())), Weight.REGULAR, 10);
        pages.space(LINE / 2);
        pages.row(List.of(text(locale, "committees.field.role"), text(locale, "committees.field.name"),
                text(locale, "committees.field.designation"), text(locale, "committees.field.agency"),
                text(locale, "committees.field.phone"), text(locale, "committees.field.from"),
                text(locale, "committees.field.to")), COLUMNS, ALIGNS, Weight.BOLD, 9, false);
        for (RosterEntry entry : roster.entries()) {
            pages.row(List.of(text(locale, "committees.role." + entry.role()), entry.name(), nullToEmpty(entry.designation()),
                    entry.agencyName(locale) + " (" + PrintedPages.leftToRight(entry.agencyCode()) + ")",
                    entry.phone() == null ? "" : PrintedPages.leftToRight(entry.phone()),
                    PrintedPages.leftToRight(entry.from()),
                    entry.to() == null ? text(locale, "committees.term.open") : PrintedPages.leftToRight(entry.to())),
                    COLUMNS, ALIGNS, Weight.REGULAR, 9, false);
        }
        if (roster.entries().isEmpty()) {
            pages.paragraph(text(locale, "committees.roster.empty"), Weight.REGULAR, 9);
        }
        pages.space(LINE / 2);
        for (String gap : gapLines(roster.gaps(), locale)) {
            pages.paragraph(gap, Weight.REGULAR, 9);
        }
        return pages.finish();
    }

    private List<String> gapLines(Roster.Gaps gaps, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (gaps.noChair()) {
            lines.add(text(locale, "committees.gap.noChair"));
        }
        if (gaps.noSecretary()) {
            lines.add(text(locale, "committees.gap.noSecretary"));
        }
        for (Sector sector : gaps.missingSectors()) {
            lines.add(text(locale, "committees.gap.sectorMissing", text(locale, "committees.sector." + sector)));
        }
        for (RosterEntry entry : gaps.endingSoon()) {
            lines.add(text(locale, "committees.gap.termEnding", entry.name(), PrintedPages.leftToRight(entry.to())));
        }
        return lines;
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
