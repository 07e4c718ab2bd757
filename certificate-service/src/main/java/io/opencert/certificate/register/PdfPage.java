package io.opencert.certificate.register;

import io.opencert.commons.pdf.PdfFonts;
import io.opencert.commons.pdf.PdfRendering;
import io.opencert.commons.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * The A4 pages of one of the service's documents, written top to bottom in {@link PdfFonts}. Text that does not fit
 * goes on on a new page; a {@link StatusMark} is drawn across every page, first, so that the text stays readable over
 * it. It stops with an {@link java.io.InterruptedIOException} when its {@link PdfRendering} runs out of time. One per
 * document; not thread-safe.
 */
final class PdfPage implements Closeable {
    static final float MARGIN = 60;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 160;
    private static final float MARK_SIZE = 46;
    private static final Color STATUS_MARK_COLOUR = new Color(245, 185, 185);
    private static final Color STATUS_MARK_TEXT_COLOUR = new Color(150, 0, 0);
    /** The band of the status mark, in the top margin above the body's mark. */
    private static final float BAND_TOP = 38;
    private static final float BAND_HEIGHT = 18;

    final PDFont regular;
    final PDFont bold;
    private final PDDocument document;
    private final Optional<StatusMark> statusMark;
    private PDPageContentStream content;
    private float y;

    PdfPage(PDDocument document, Optional<StatusMark> statusMark) throws IOException {
        this.document = document;
        this.statusMark = statusMark;
        PdfFonts fonts = PdfFonts.of(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        newPage();
    }

    /** The page being written. */
    PDPageContentStream content() {
        return content;
    }

    void skip(float points) {
        y -= points;
    }

    /** Goes on at {@code newY} of this page, or of a new one where the text has already gone below it. */
    void moveTo(float newY) throws IOException {
        if (y < newY) {
            nextPage();
        }
        y = newY;
    }

    void line(PDFont font, float size, String text) throws IOException {
        room(size);
        show(font, size, MARGIN, text);
        y -= size + 4;
    }

    void centred(PDFont font, float size, String text) throws IOException {
        room(size);
        String printable = PdfText.printable(font, text);
        show(font, size, MARGIN + (WIDTH - PdfText.width(font, size, printable)) / 2, printable);
        y -= size + 5;
    }

    /** A text wrapped to {@code width}, line by line, centred or from the left margin. */
    void paragraph(PDFont font, float size, String text, float width, boolean centred) throws IOException {
        for (String line : PdfText.wrap(text, font, size, width)) {
            if (centred) {
                centred(font, size, line);
            } else {
                line(font, size, line);
            }
        }
    }

    /** A bold label and its value in a column beside it, on as many lines as the value needs. */
    void field(String label, String value) throws IOException {
        room(11);
        show(bold, 11, MARGIN, label + ":");
        for (String line : PdfText.wrap(value, regular, 11, WIDTH - LABEL_WIDTH)) {
            room(11);
            show(regular, 11, MARGIN + LABEL_WIDTH, line);
            y -= 15;
        }
        y -= 2;
    }

    /**
     * The certification body at the head of the first page: its mark (a framed monogram) in the top right corner with
     * the accreditation mark beside it, its name, address and accreditation.
     */
    void letterhead(CertificationBody body) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN + 12;
        float right = PDRectangle.A4.getWidth() - MARGIN;
        float marksLeft = right - MARK_SIZE;
        framed(marksLeft, top, MARK_SIZE, 18, "CB");
        CertificationBody.Accreditation accreditation = body.accreditation();
        if (accreditation.mark().isPresent()) {
            String mark = PdfText.printable(bold, accreditation.mark().get());
            float width = PdfText.width(bold, 9, mark) + 16;
            marksLeft -= 10 + width;
            framed(marksLeft, top, width, 9, mark);
        }
        // the lines beside the marks end before them
        float width = marksLeft - 10 - MARGIN;
        paragraph(bold, 14, body.name(), width, false);
        paragraph(regular, 9, body.address(), width, false);
        Optional<String> accredited = accreditationLine(accreditation);
        if (accredited.isPresent()) {
            paragraph(regular, 9, accredited.get(), width, false);
        }
    }

    /** "Accredited by B, accreditation number N" as far as configured; empty without accreditation. */
    static Optional<String> accreditationLine(CertificationBody.Accreditation accreditation) {
        Optional<String> number = accreditation.number();
        return accreditation.body()
                .map(by -> "Accredited by " + by + number.map(n -> ", accreditation number " + n).orElse(""))
                .or(() -> number.map(n -> "Accreditation number " + n));
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private void room(float size) throws IOException {
        PdfRendering.stopIfCancelled();
        if (y - size < MARGIN) {
            nextPage();
        }
    }

    private void nextPage() throws IOException {
        content.close();
        newPage();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        if (statusMark.isPresent()) {
            stamp(statusMark.get());
        }
    }

    /**
     * The headline large and light along the diagonal, for the eye; and the whole mark in a band across the top
     * margin, where text extraction and search find it too (they read diagonal text letter by letter).
     */
    private void stamp(StatusMark mark) throws IOException {
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        String headline = PdfText.printable(bold, mark.headline());
        // three quarters of the diagonal, so that the corners of the longest headline stay on the page
        float size = Math.min(60, (float) Math.hypot(width, height) * 0.75f / PdfText.width(bold, 1, headline));
        content.saveGraphicsState();
        content.setNonStrokingColor(STATUS_MARK_COLOUR);
        content.addRect(MARGIN, height - BAND_TOP, WIDTH, BAND_HEIGHT);
        content.fill();
        content.transform(Matrix.getRotateInstance(Math.atan2(height, width), width / 2, height / 2));
        showAt(bold, size, -PdfText.width(bold, size, headline) / 2, -size / 3, headline);
        content.restoreGraphicsState();

        String band = PdfText.printable(bold, mark.headline() + ". " + mark.detail());
        float bandSize = Math.min(10, (WIDTH - 12) / PdfText.width(bold, 1, band));
        content.saveGraphicsState();
        content.setNonStrokingColor(STATUS_MARK_TEXT_COLOUR);
        showAt(bold, bandSize, MARGIN + (WIDTH - PdfText.width(bold, bandSize, band)) / 2,
                height - BAND_TOP + (BAND_HEIGHT - bandSize) / 2 + 1, band);
        content.restoreGraphicsState();
    }

    /** A frame {@code width} wide and {@link #MARK_SIZE} high hanging from {@code top}, the text centred in it. */
    private void framed(float x, float top, float width, float size, String text) throws IOException {
        content.setLineWidth(2);
        content.addRect(x, top - MARK_SIZE, width, MARK_SIZE);
        content.stroke();
        String printable = PdfText.printable(bold, text);
        showAt(bold, size, x + (width - PdfText.width(bold, size, printable)) / 2, top - MARK_SIZE / 2 - size / 3, printable);
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        showAt(font, size, x, y, PdfText.printable(font, text));
    }

    private void showAt(PDFont font, float size, float x, float atY, String printable) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(printable);
        content.endText();
    }
}
