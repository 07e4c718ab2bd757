package io.opencert.commons.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a document of several A4 pages top to bottom in one column, starting a new page when one is full, in
 * {@link PdfFonts}; it stops with an {@link java.io.InterruptedIOException} when its {@link PdfRendering} runs out of
 * time. One writer per document; not thread-safe.
 */
public final class PdfWriter implements Closeable {
    /** The margin on every side, in points. */
    public static final float MARGIN = 56;
    /** The width of the column, in points. */
    public static final float WIDTH = 480;
    private static final float FIELD_SIZE = 10;
    private static final float FIELD_LINE = 14;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    public PdfWriter(PDDocument document) throws IOException {
        this.document = document;
        PdfFonts fonts = PdfFonts.of(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        newPage();
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The text wrapped to the column less {@code indent}, each line {@code size} + 4 points high. */
    public void paragraph(PDFont font, float size, float indent, String text) throws IOException {
        for (String line : PdfText.wrap(text, font, size, WIDTH - indent)) {
            room(size + 4);
            show(font, size, MARGIN + indent, line);
            y -= size + 4;
        }
    }

    /** A bold label and, {@code labelWidth} to its right, its value wrapped onto as many lines as it needs. */
    public void field(String label, String value, float labelWidth) throws IOException {
        List<String> lines = PdfText.wrap(value, regular, FIELD_SIZE, WIDTH - labelWidth);
        room(FIELD_LINE);
        show(bold, FIELD_SIZE, MARGIN, label + ":");
        for (String line : lines) {
            room(FIELD_LINE);
            show(regular, FIELD_SIZE, MARGIN + labelWidth, line);
            y -= FIELD_LINE;
        }
    }

    /** A thin line across the column. */
    public void rule() throws IOException {
        room(8);
        content.moveTo(MARGIN, y + 4);
        content.lineTo(MARGIN + WIDTH, y + 4);
        content.stroke();
        y -= 8;
    }

    /** Text on the current line from {@code x}; with {@link #room} before and {@link #skip} after the line. */
    public void show(PDFont font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    /** Text on the current line that ends at {@code right}. */
    public void showRight(PDFont font, float size, float right, String text) throws IOException {
        String printable = PdfText.printable(font, text);
        show(font, size, right - PdfText.width(font, size, printable), printable);
    }

    /** Moves down the page. */
    public void skip(float points) {
        y -= points;
    }

    /** Goes on on a new page unless {@code needed} points are left above the bottom margin. */
    public void room(float needed) throws IOException {
        PdfRendering.stopIfCancelled();
        if (y - needed < MARGIN) {
            content.close();
            newPage();
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = page.getMediaBox().getHeight() - MARGIN;
    }
}
