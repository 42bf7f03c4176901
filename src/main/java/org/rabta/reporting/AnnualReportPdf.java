package org.rabta.reporting;

import com.lowagie.text.PageSize;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.rabta.web.PrintedPages;
import org.rabta.web.PrintedPages.Align;
import org.rabta.web.PrintedPages.Weight;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a printable PDF in the published layout, in the reader's language (in Urdu right to left,
 * see {@link PrintedPages}), with the same figures as the page.
 */
@Component
@RequiredArgsConstructor
class AnnualReportPdf {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final float MARGIN = 48;
    private static final List<Align> LABEL_AND_NUMBER = List.of(Align.START, Align.END);

    private final MessageSource messages;
    private final GeographyService geography;
    private final Clock clock;

    byte[] render(AnnualReport report, Locale locale) {
        String title = text(locale, "reporting.annual.title") + " " + report.year();
        PrintedPages pages = PrintedPages.open(locale, PageSize.A4, MARGIN, title);
        // A table takes 70% of the width, three quarters of it for the label, at the reading side.
        float[] columns = {pages.width() * 0.7f * 0.75f, pages.width() * 0.7f * 0.25f};
        Report out = new Report(pages, columns, locale);

        pages.paragraph(title, Weight.BOLD, 16);
        pages.paragraph(report.scope(), Weight.BOLD, 12);
        VictimFigures v = report.victims();
        pages.paragraph(text(locale, "reporting.annual.summary", report.year(), v.total().cell(), v.women().cell(),
                v.men().cell(), v.children().cell(), v.transgender().cell()), Weight.REGULAR, 10);
        pages.space(12);

        out.heading("reporting.annual.victims");
        for (AnnualReport.Figure figure : report.victimFigures()) {
            if (figure.part()) {
                out.subRow(figure.labelKey(), figure.count());
            } else {
                out.row(figure.labelKey(), figure.count());
            }
        }
        out.end();

        out.heading("reporting.table.exploitation");
        report.byExploitationType().forEach((type, n) -> out.row("cases.exploitation." + type, n));
        out.end();

        out.heading("reporting.table.province");
        Map<String, String> names = geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, province -> province.name(locale)));
        report.byProvince().forEach((code, n) -> out.namedRow(names.getOrDefault(code, code), n));
        out.end();

        if (report.byDetermination() != null) {
            out.heading("reporting.table.determination");
            report.byDetermination().forEach((outcome, n) -> out.row("reporting.determination." + outcome, n));
            out.end();
        }

        out.heading("reporting.annual.justice");
        JusticeFigures justice = report.justice();
        out.row("reporting.justice.investigations", justice.investigations());
        out.subRow("reporting.justice.investigationsPtpa", justice.investigationsPtpa());
        out.subRow("reporting.justice.investigationsPsma", justice.investigationsPsma());
        out.row("reporting.justice.accusedArrested", justice.accusedArrested());
        out.row("reporting.justice.accusedProsecuted", justice.accusedProsecuted());
        out.row("reporting.justice.accusedConvicted", justice.accusedConvicted());
        out.row("reporting.justice.accusedAcquitted", justice.accusedAcquitted());
        out.end();

        pages.space(10);
        pages.paragraph(text(locale, "reporting.annual.countingRules"), Weight.REGULAR, 8);
        pages.paragraph(text(locale, "reporting.annual.justiceRules"), Weight.REGULAR, 8);
        pages.paragraph(text(locale, "reporting.annual.generated", PrintedPages.leftToRight(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(PAKISTAN)))), Weight.REGULAR, 8);
        return pages.finish();
    }

    /** The headed two-column tables of the report: a label, and its number at the far side. */
    private final class Report {

        private final PrintedPages pages;
        private final float[] columns;
        private final Locale locale;

        Report(PrintedPages pages, float[] columns, Locale locale) {
            this.pages = pages;
            this.columns = columns;
            this.locale = locale;
        }

        void heading(String key) {
            pages.paragraph(text(locale, key), Weight.BOLD, 12);
            pages.space(4);
        }

        void row(String key, Count value) {
            namedRow(text(locale, key), value);
        }

        /** A part of the row above it, indented. */
        void subRow(String key, Count value) {
            namedRow("    " + text(locale, key), value);
        }

        /** A count not shown reads "<5" or "5+" whatever the direction of the page (a left-to-right isolate). */
        void namedRow(String label, Count value) {
            String number = value.isSuppressed() ? PrintedPages.leftToRight(value)
                    : String.format(Locale.ROOT, "%,d", value.value());
            pages.row(List.of(label, number), columns, LABEL_AND_NUMBER,
                    Weight.REGULAR, 10, true);
        }

        void end() {
            pages.space(12);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
