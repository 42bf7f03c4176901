package org.rabta.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rabta.geography.GeographyService;
import org.rabta.geography.Province;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a printable PDF in the published layout. In English, the language the national figures are
 * published in (PDF fonts with Urdu shaping are not bundled); the page itself is bilingual.
 */
@Component
class AnnualReportPdf {

    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final MessageSource messages;
    private final GeographyService geography;
    private final Clock clock;

    AnnualReportPdf(MessageSource messages, GeographyService geography, Clock clock) {
        this.messages = messages;
        this.geography = geography;
        this.clock = clock;
    }

    byte[] render(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("reporting.annual.title") + " " + report.year());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);

        document.add(new Paragraph(text("reporting.annual.title") + " " + report.year(), title));
        document.add(new Paragraph(report.scope(), heading));
        VictimFigures v = report.victims();
        document.add(new Paragraph(text("reporting.annual.summary", report.year(), v.total(), v.women(), v.men(),
                v.children(), v.transgender()), body));
        document.add(new Paragraph(" "));

        document.add(new Paragraph(text("reporting.annual.victims"), heading));
        PdfPTable victims = table();
        row(victims, body, text("reporting.figure.total"), v.total());
        row(victims, body, text("reporting.figure.women"), v.women());
        row(victims, body, text("reporting.figure.men"), v.men());
        row(victims, body, text("reporting.figure.children"), v.children());
        row(victims, body, "  " + text("reporting.figure.girls"), v.girls());
        row(victims, body, "  " + text("reporting.figure.boys"), v.boys());
        row(victims, body, text("reporting.figure.transgender"), v.transgender());
        row(victims, body, text("reporting.figure.notRecorded"), v.notRecorded());
        row(victims, body, text("reporting.figure.forcedLabour"), report.forcedLabour());
        row(victims, body, text("reporting.figure.referred"), report.referred());
        row(victims, body, "  " + text("reporting.figure.referredToGovernment"), report.referredToGovernment());
        row(victims, body, "  " + text("reporting.figure.referredToNgo"), report.referredToNgo());
        document.add(victims);

        document.add(new Paragraph(text("reporting.table.exploitation"), heading));
        PdfPTable exploitation = table();
        report.byExploitationType().forEach((type, n) -> row(exploitation, body, text("cases.exploitation." + type), n));
        document.add(exploitation);

        document.add(new Paragraph(text("reporting.table.province"), heading));
        PdfPTable provinces = table();
        Map<String, String> names = geography.provinces().stream()
                .collect(Collectors.toMap(Province::getCode, Province::getNameEn));
        report.byProvince().forEach((code, n) -> row(provinces, body, names.getOrDefault(code, code), n));
        document.add(provinces);

        if (report.byDetermination() != null) {
            document.add(new Paragraph(text("reporting.table.determination"), heading));
            PdfPTable determinations = table();
            report.byDetermination().forEach((outcome, n) -> row(determinations, body, text("reporting.determination." + outcome), n));
            document.add(determinations);
        }

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text("reporting.annual.countingRules"), FontFactory.getFont(FontFactory.HELVETICA, 8)));
        document.add(new Paragraph(text("reporting.annual.generated",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(PAKISTAN))),
                FontFactory.getFont(FontFactory.HELVETICA, 8)));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);
        return table;
    }

    private static void row(PdfPTable table, Font font, String label, long value) {
        table.addCell(new PdfPCell(new Phrase(label, font)));
        PdfPCell number = new PdfPCell(new Phrase(String.format(Locale.ROOT, "%,d", value), font));
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(number);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }
}
