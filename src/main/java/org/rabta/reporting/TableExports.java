package org.rabta.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.GeographyService;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the dashboard's tables and of the annual report, with exactly the counts the pages show their reader
 * ({@link SmallCells}) and the labels in the reader's language; each export is audited with its filters.
 */
@Service
@RequiredArgsConstructor
public class TableExports {

    private final DashboardService dashboards;
    private final AnnualReportService annualReports;
    private final GeographyService geography;
    private final MessageSource messages;
    private final AuditTrail audit;

    /** A table of the dashboard; unknown table names are "not found". */
    @Transactional
    public void dashboardTable(RabtaUser user, String tableId, DashboardFilter filter, ExportFormat format, Locale locale,
                               OutputStream out) throws IOException {
        Dashboard dashboard = dashboards.dashboard(user, filter, locale);
        StatisticsTable table = dashboard.table(tableId).orElseThrow(() -> new RecordNotFoundException("Statistics table", tableId));
        audit.record(AuditRecord.of(ReportingAuditAction.STATISTICS_EXPORTED,
                "STATISTICS", tableId, format + " " + dashboard.scope() + ", "
                + dashboard.from() + " to " + dashboard.to() + (filter.agencyType() == null ? "" : ", agency type " + filter.agencyType())).byActor(user.username()));
        try (TableWriter writer = format.writer(out, text(table.titleKey(), locale))) {
            writer.row(List.of(text(table.titleKey(), locale) + ": " + dashboard.scope() + ", " + dashboard.from() + " – " + dashboard.to()));
            List<Object> header = new ArrayList<>();
            header.add(text("reporting.column.category", locale));
            table.columns().forEach(column -> header.add(text(column, locale)));
            writer.row(header);
            for (StatisticsTable.Row row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.labelKey() != null ? text(row.labelKey(), locale) : row.labelText());
                row.values().forEach(value -> cells.add(value.cell()));
                writer.row(cells);
            }
        }
    }

    /** The annual report's figures, one per row, as "figure, persons". */
    @Transactional
    public void annualReport(RabtaUser user, Integer year, String province, String district, ExportFormat format,
                             Locale locale, OutputStream out) throws IOException {
        AnnualReport report = annualReports.annualReport(user, year, province, district, locale);
        audit.record(AuditRecord.of(ReportingAuditAction.STATISTICS_EXPORTED,
                "STATISTICS", "annual-" + report.year(), format + " " + report.scope()).byActor(user.username()));
        try (TableWriter writer = format.writer(out, text("reporting.annual.title", locale))) {
            writer.row(List.of(text("reporting.annual.title", locale) + " " + report.year() + ": " + report.scope()));
            writer.row(List.of(text("reporting.column.category", locale), text("reporting.column.persons", locale)));
            for (AnnualReport.Figure figure : report.victimFigures()) {
                figure(writer, locale, figure.labelKey(), figure.count());
            }
            for (var entry : report.byExploitationType().entrySet()) {
                figure(writer, locale, "cases.exploitation." + entry.getKey(), entry.getValue());
            }
            for (var entry : report.byProvince().entrySet()) {
                writer.row(List.of(geography.province(entry.getKey()).name(locale), entry.getValue().cell()));
            }
            if (report.byDetermination() != null) {
                for (var entry : report.byDetermination().entrySet()) {
                    figure(writer, locale, "reporting.determination." + entry.getKey(), entry.getValue());
                }
            }
            writer.row(List.of(text("reporting.annual.justice", locale), text("reporting.column.number", locale)));
            List<Count> justice = report.justice().values();
            for (int i = 0; i < justice.size(); i++) {
                figure(writer, locale, JusticeStatistics.Figure.values()[i].labelKey(), justice.get(i));
            }
            writer.row(List.of(text("reporting.annual.justiceRules", locale)));
        }
    }

    private void figure(TableWriter writer, Locale locale, String key, Count value) throws IOException {
        writer.row(List.of(text(key, locale), value.cell()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
