package org.rabta.committees;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A roster as CSV (for spreadsheets) and as a printable PDF. The PDF is in English: PDFBox's standard fonts have no
 * Urdu glyphs and PDFBox does not shape Arabic script, so Urdu text would print as boxes; characters the font
 * cannot show print as "?". CSV cells that a spreadsheet would run as a formula are neutralised.
 */
@Component
class RosterExport {

    private static final Locale PDF_LOCALE = Locale.ENGLISH;
    private static final float MARGIN = 36;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {90, 150, 130, 190, 90, 70, 70};

    private final MessageSource messages;

    RosterExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(Roster roster, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF"); // a byte-order mark, so spreadsheets read UTF-8 (Urdu names)
        row(out, List.of(text("committees.field.role", locale), text("committees.field.name", locale),
                text("committees.field.designation", locale), text("committees.field.agencyCode", locale),
                text("committees.field.agency", locale), text("committees.field.sectors", locale),
                text("committees.field.phone", locale), text("committees.field.email", locale),
                text("committees.field.from", locale), text("committees.field.to", locale)));
        for (RosterEntry entry : roster.entries()) {
            row(out, List.of(text("committees.role." + entry.role(), locale), entry.name(), nullToEmpty(entry.designation()),
                    entry.agencyCode(), entry.agencyName(),
                    entry.sectors().stream().map(sector -> text("committees.sector." + sector, locale)).collect(Collectors.joining("; ")),
                    nullToEmpty(entry.phone()), nullToEmpty(entry.email()), entry.from().toString(),
                    entry.to() == null ? "" : entry.to().toString()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell as CSV: quoted, and prefixed with an apostrophe when a spreadsheet would take it for a formula. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(RosterExport::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    byte[] pdf(Roster roster) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PdfWriter writer = new PdfWriter(document);
            writer.line(bold, 14, List.of(roster.committee().getNameEn()), new float[] {780});
            writer.line(regular, 10, List.of(text("committees.pdf.rosterOn", roster.on())), new float[] {780});
            writer.gap();
            List<String> header = List.of(text("committees.field.role"), text("committees.field.name"),
                    text("committees.field.designation"), text("committees.field.agency"), text("committees.field.phone"),
                    text("committees.field.from"), text("committees.field.to"));
            writer.line(bold, 9, header, COLUMNS);
            for (RosterEntry entry : roster.entries()) {
                writer.line(regular, 9, List.of(text("committees.role." + entry.role()), entry.name(),
                        nullToEmpty(entry.designation()), entry.agencyName() + " (" + entry.agencyCode() + ")",
                        nullToEmpty(entry.phone()), entry.from().toString(),
                        entry.to() == null ? text("committees.term.open") : entry.to().toString()), COLUMNS);
            }
            if (roster.entries().isEmpty()) {
                writer.line(regular, 9, List.of(text("committees.roster.empty")), new float[] {780});
            }
            writer.gap();
            for (String gap : gapLines(roster.gaps())) {
                writer.line(regular, 9, List.of(gap), new float[] {780});
            }
            writer.close();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> gapLines(Roster.Gaps gaps) {
        List<String> lines = new ArrayList<>();
        if (gaps.noChair()) {
            lines.add(text("committees.gap.noChair"));
        }
        if (gaps.noSecretary()) {
            lines.add(text("committees.gap.noSecretary"));
        }
        for (Sector sector : gaps.missingSectors()) {
            lines.add(text("committees.gap.sectorMissing", text("committees.sector." + sector)));
        }
        for (RosterEntry entry : gaps.endingSoon()) {
            lines.add(text("committees.gap.termEnding", entry.name(), entry.to()));
        }
        return lines;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, PDF_LOCALE);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Writes lines of cells top to bottom on landscape A4 pages, starting a new page when one is full. */
    private static final class PdfWriter {

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(PDFont font, float size, List<String> cells, float[] widths) throws IOException {
            if (y < MARGIN + LINE) {
                stream.close();
                newPage();
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                String text = fit(font, size, printable(font, cells.get(i)), widths[i] - 6);
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, y);
                stream.showText(text);
                stream.endText();
                x += widths[i];
            }
            y -= LINE;
        }

        void gap() {
            y -= LINE / 2;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** The text with every character the font cannot encode replaced by "?". */
        private String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        /** Cut to the column's width, with an ellipsis-like "..." where cut. */
        private static String fit(PDFont font, float size, String text, float width) throws IOException {
            if (font.getStringWidth(text) / 1000 * size <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "...";
        }
    }
}
