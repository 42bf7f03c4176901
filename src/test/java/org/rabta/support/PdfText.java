package org.rabta.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF says and which fonts it embeds, as tests compare them. */
public final class PdfText {

    private PdfText() {
    }

    /** The document's text, in a form {@link #normalised(String)} text can be found in. */
    public static String of(PDDocument document) {
        try {
            return normalised(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as extraction gives it back: Arabic-script letters may come back as their presentation forms (NFKC maps
     * them to the letters), and Noto Naskh draws ٹ and ڻ at the start and in the middle of a word with one glyph, so
     * extraction cannot tell which it was: both are read as ٹ (ڻ is Sindhi, not Urdu).
     */
    public static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('ڻ', 'ٹ');
    }

    /** The names of the fonts embedded in the document's pages (subset names such as "ABCDEF+NotoSans-Regular"). */
    public static List<String> embeddedFonts(PDDocument document) {
        List<String> names = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    if (descriptor != null && descriptor.getFontFile2() != null) {
                        names.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The names of every font the document's pages use, embedded or not. */
    public static List<String> fonts(PDDocument document) {
        List<String> names = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
