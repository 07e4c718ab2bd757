package io.opencert.certificate.register;

import io.opencert.commons.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;

/**
 * One A4 page of the service's documents, written top to bottom in Standard 14 fonts (WinAnsi): characters they
 * cannot show are printed as '?'.
 */
final class PdfPage {
    static final float MARGIN = 60;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 160;

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDPageContentStream content;
    private float y = PDRectangle.A4.getHeight() - MARGIN;

    PdfPage(PDPageContentStream content) {
        this.content = content;
    }

    PDPageContentStream content() {
        return content;
    }

    void skip(float points) {
        y -= points;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void line(PDFont font, float size, String text) throws IOException {
        show(font, size, MARGIN, text);
        y -= size + 4;
    }

    void centred(PDFont font, float size, String text) throws IOException {
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

    /** A bold label and its value in a column beside it. */
    void field(String label, String value) throws IOException {
        show(bold, 11, MARGIN, label + ":");
        show(regular, 11, MARGIN + LABEL_WIDTH, value);
        y -= 17;
    }

    /** The certification body's mark: a framed monogram in the top right corner. */
    void mark() throws IOException {
        float size = 46;
        float x = PDRectangle.A4.getWidth() - MARGIN - size;
        float top = PDRectangle.A4.getHeight() - MARGIN + 12;
        content.setLineWidth(2);
        content.addRect(x, top - size, size, size);
        content.stroke();
        content.beginText();
        content.setFont(bold, 18);
        content.newLineAtOffset(x + (size - PdfText.width(bold, 18, "CB")) / 2, top - size / 2 - 6);
        content.showText("CB");
        content.endText();
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }
}
