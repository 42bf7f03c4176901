package org.rabta.web;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A printable PDF in the reader's language: paragraphs and rows of cells written top to bottom, in Urdu right to left
 * (the first column on the right, text starting at the right edge) with Arabic-script letters shaped and joined.
 * <p>
 * Why not OpenPDF's own paragraphs and tables: in OpenPDF 2.0 their right-to-left run direction reverses the
 * characters without joining the letters (and prints 2020 as 0202), and its {@link LayoutProcessor}, which does shape
 * Arabic script through Java's font layout engine, is used only to draw text, never to measure it, so the lines
 * OpenPDF wraps and aligns come out at the width of the unjoined letters. PDFBox does not shape Arabic script at all.
 * So this class splits each line into bidirectional runs ({@link Bidi}), measures every run as Java's layout engine
 * shapes it, wraps and aligns lines with those widths and lets the {@link LayoutProcessor} draw each run.
 * <p>
 * Fonts: Noto Naskh Arabic (Urdu letters, Urdu punctuation and digits) and Noto Sans (Latin letters and the signs
 * Naskh lacks), embedded as subsets, in {@code src/main/resources/fonts} with their licence. English pages keep the
 * standard Helvetica they have always used and fall back to the embedded fonts for names in Urdu.
 */
public final class PrintedPages {

    /** How heavy the letters of a line are. */
    public enum Weight { REGULAR, BOLD }

    /** Where a cell's text sits in its column, in reading terms: at the start (left in English, right in Urdu). */
    public enum Align { START, END }

    private static final String NASKH = "fonts/NotoNaskhArabic-Regular.ttf";
    private static final String NASKH_BOLD = "fonts/NotoNaskhArabic-Bold.ttf";
    private static final String SANS = "fonts/NotoSans-Regular.ttf";
    private static final String SANS_BOLD = "fonts/NotoSans-Bold.ttf";
    private static final float CELL_PADDING = 3;
    private static final String LEFT_TO_RIGHT_ISOLATE = "\u2066";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    static {
        // The layout processor is global to OpenPDF and can be switched on only once, before the fonts it shapes are
        // loaded; it acts only on fonts loaded from font files (these), not on the standard fonts.
        synchronized (LayoutProcessor.class) {
            if (!LayoutProcessor.isEnabled()) {
                LayoutProcessor.enableKernLiga();
            }
        }
    }

    private static final Fonts URDU = new Fonts(
            List.of(embedded(NASKH), embedded(SANS)), List.of(embedded(NASKH_BOLD), embedded(SANS_BOLD)));
    private static final Fonts LATIN = new Fonts(
            List.of(standard(BaseFont.HELVETICA), URDU.regular().get(0), URDU.regular().get(1)),
            List.of(standard(BaseFont.HELVETICA_BOLD), URDU.bold().get(0), URDU.bold().get(1)));

    private final boolean rightToLeft;
    private final Fonts fonts;
    private final Document document;
    private final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final float margin;
    private float y;

    private PrintedPages(Locale locale, Rectangle pageSize, float margin, String title) {
        this.rightToLeft = SupportedLocales.isRightToLeft(locale);
        this.fonts = rightToLeft ? URDU : LATIN;
        this.margin = margin;
        this.document = new Document(pageSize, margin, margin, margin, margin);
        this.writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag())); // for screen readers
        document.open();
        writer.setPageEmpty(false);
        y = pageSize.getHeight() - margin;
    }

    /** New pages of the given size for a reader of {@code locale}; {@code title} goes into the document's properties. */
    public static PrintedPages open(Locale locale, Rectangle pageSize, float margin, String title) {
        return new PrintedPages(locale, pageSize, margin, title);
    }

    /** A paragraph across the page, wrapped to its width, starting at the reading side. */
    public void paragraph(String text, Weight weight, float size) {
        row(List.of(text), new float[] {width()}, List.of(Align.START), weight, size, false);
    }

    /** Empty space of the given height. */
    public void space(float height) {
        y -= height;
    }

    /**
     * One row of cells; {@code widths} and {@code aligns} in reading order (the first column is the leftmost in
     * English and the rightmost in Urdu). Text that does not fit its column wraps; a row never splits across pages.
     */
    public void row(List<String> cells, float[] widths, List<Align> aligns, Weight weight, float size, boolean ruled) {
        List<BaseFont> faces = weight == Weight.BOLD ? fonts.bold() : fonts.regular();
        float leading = size * (rightToLeft ? 1.7f : 1.35f); // Naskh letters reach far above and below the line
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> wrapped = wrap(cells.get(i), faces, size, widths[i] - 2 * CELL_PADDING);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * leading + 2 * CELL_PADDING;
        if (y - height < margin) {
            document.newPage();
            writer.setPageEmpty(false);
            y = document.getPageSize().getHeight() - margin;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float left = rightToLeft ? document.getPageSize().getWidth() - margin : margin;
        for (int i = 0; i < cells.size(); i++) {
            float cellLeft = rightToLeft ? left - widths[i] : left;
            if (ruled) {
                canvas.setLineWidth(0.5f);
                canvas.rectangle(cellLeft, y - height, widths[i], height);
                canvas.stroke();
            }
            float baseline = y - CELL_PADDING - size;
            for (String line : lines.get(i)) {
                float lineWidth = width(line, faces, size);
                boolean atLeft = (aligns.get(i) == Align.START) != rightToLeft;
                float x = atLeft ? cellLeft + CELL_PADDING : cellLeft + widths[i] - CELL_PADDING - lineWidth;
                draw(canvas, line, faces, size, x, baseline);
                baseline -= leading;
            }
            left = rightToLeft ? cellLeft : cellLeft + widths[i];
        }
        y -= height;
    }

    /**
     * A value that reads left to right whatever surrounds it (a date, a phone number, an address, a code): in Urdu text
     * Unicode's rules would otherwise print "2026-03-01" as "01-03-2026" and "+92 300" as "300 92+".
     */
    public static String leftToRight(Object value) {
        return LEFT_TO_RIGHT_ISOLATE + value + POP_DIRECTIONAL_ISOLATE;
    }

    /** The width between the margins. */
    public float width() {
        return document.getPageSize().getWidth() - 2 * margin;
    }

    /** Closes the document and returns it. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ lines

    /**
     * The text cut into lines no wider than {@code width}, at spaces, or inside a word longer than a line. Leading
     * spaces (an indent) stay on the first line.
     */
    private List<String> wrap(String text, List<BaseFont> faces, float size, float width) {
        List<String> lines = new ArrayList<>();
        String words = text.stripLeading();
        StringBuilder line = new StringBuilder(text.substring(0, text.length() - words.length()));
        for (String word : words.split(" ", -1)) {
            String candidate = line.isEmpty() || line.toString().isBlank() ? line + word : line + " " + word;
            if (width(candidate, faces, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            String rest = word;
            while (width(rest, faces, size) > width && rest.length() > 1) {
                int fits = 1;
                while (fits < rest.length() && width(rest.substring(0, fits + 1), faces, size) <= width) {
                    fits++;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String line, List<BaseFont> faces, float size) {
        float width = 0;
        for (Segment segment : segments(line, faces)) {
            width += segment.width(size);
        }
        return width;
    }

    private void draw(PdfContentByte canvas, String line, List<BaseFont> faces, float size, float x, float baseline) {
        float at = x;
        for (Segment segment : segments(line, faces)) {
            canvas.beginText();
            canvas.setFontAndSize(segment.font(), size);
            canvas.setTextMatrix(at, baseline);
            if (LayoutProcessor.supportsFont(segment.font())) {
                LayoutProcessor.showText(canvas, segment.font(), size, segment.text());
            } else {
                canvas.showText(segment.text());
            }
            canvas.endText();
            at += segment.width(size);
        }
    }

    /**
     * The line as pieces of one direction and one font, left to right as they are printed. Inside a right-to-left
     * piece the letters stay in reading order (the layout engine prints them right to left, joined); a piece without
     * right-to-left letters (brackets, signs) is mirrored and reversed here, since the engine would print it left to
     * right.
     */
    private List<Segment> segments(String line, List<BaseFont> faces) {
        if (line.isEmpty()) {
            return List.of();
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<Segment> pieces = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int run = 0; run < bidi.getRunCount(); run++) {
            int level = bidi.getRunLevel(run);
            int start = bidi.getRunStart(run);
            int limit = bidi.getRunLimit(run);
            boolean rightToLeftRun = level % 2 == 1;
            int pieceStart = start;
            BaseFont pieceFont = null;
            for (int i = start; i < limit; i++) {
                BaseFont font = fontFor(line.charAt(i), faces, pieceFont);
                // In a right-to-left run a bracket is a piece of its own, so that it can be mirrored.
                if (i > pieceStart && (font != pieceFont || rightToLeftRun
                        && (Character.isMirrored(line.charAt(i)) || Character.isMirrored(line.charAt(i - 1))))) {
                    pieces.add(Segment.of(line.substring(pieceStart, i), pieceFont, level));
                    levels.add(level);
                    pieceStart = i;
                }
                pieceFont = font;
            }
            if (limit > pieceStart) {
                pieces.add(Segment.of(line.substring(pieceStart, limit), pieceFont, level));
                levels.add(level);
            }
        }
        Segment[] visual = pieces.toArray(Segment[]::new);
        byte[] runLevels = new byte[visual.length];
        for (int i = 0; i < runLevels.length; i++) {
            runLevels[i] = levels.get(i).byteValue();
        }
        Bidi.reorderVisually(runLevels, 0, visual, 0, visual.length);
        return Arrays.stream(visual).filter(segment -> !segment.text().isEmpty()).toList();
    }

    /** The first font that has the character; a space, sign or directional mark keeps the font before it. */
    private static BaseFont fontFor(char c, List<BaseFont> faces, BaseFont previous) {
        if (Character.getType(c) == Character.FORMAT) {
            return previous == null ? faces.getFirst() : previous;
        }
        if (previous != null && previous.charExists(c) && !Character.isLetterOrDigit(c)) {
            return previous;
        }
        for (BaseFont face : faces) {
            if (face.charExists(c)) {
                return face;
            }
        }
        return faces.getFirst();
    }

    private record Segment(String text, BaseFont font) {

        static Segment of(String marked, BaseFont font, int level) {
            // The directional marks have done their work in the Bidi algorithm; fonts have no glyph for them.
            String text = marked.replaceAll("\\p{Cf}", "");
            boolean rightToLeft = level % 2 == 1;
            if (rightToLeft && text.codePoints().noneMatch(Segment::isRightToLeftLetter)) {
                StringBuilder mirrored = new StringBuilder();
                text.chars().forEach(c -> mirrored.append(mirror((char) c)));
                return new Segment(mirrored.reverse().toString(), font);
            }
            return new Segment(text, font);
        }

        float width(float size) {
            if (LayoutProcessor.supportsFont(font)) {
                GlyphVector glyphs = LayoutProcessor.computeGlyphVector(font, size, text);
                return (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            }
            return font.getWidthPoint(text, size);
        }

        private static boolean isRightToLeftLetter(int codePoint) {
            byte direction = Character.getDirectionality(codePoint);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        }

        private static char mirror(char c) {
            return switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '{' -> '}';
                case '}' -> '{';
                case '<' -> '>';
                case '>' -> '<';
                case '«' -> '»';
                case '»' -> '«';
                default -> c;
            };
        }
    }

    private record Fonts(List<BaseFont> regular, List<BaseFont> bold) {
    }

    private static BaseFont embedded(String resource) {
        try {
            // createFont finds the file on the class path, embeds only the glyphs used, and hands it to the layout
            // processor for shaping.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
