package io.opencert.commons.pdf;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, embedded in a document as the subset of glyphs it uses: Latin, Greek and Cyrillic
 * names such as "Łódź" or "Ελλάδα" print as written; a character DejaVu Sans lacks prints as '?'.
 */
public record PdfFonts(PDFont regular, PDFont bold) {
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    // read once; each document parses its own copy, as PDFBox's font objects are not shared between threads
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    /** The fonts for one document; they are embedded when it is saved. */
    public static PdfFonts of(PDDocument document) throws IOException {
        return new PdfFonts(PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false),
                PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false));
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing: the service needs net.sf.jasperreports:jasperreports-fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
