package io.opencert.commons.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Text for the documents the services print (quotations, audit reports, certificates) with PDFBox's fonts. */
public final class PdfText {
    private PdfText() {
    }

    /**
     * The text's paragraphs broken into lines of at most {@code width} points at spaces, and inside a word longer than
     * a line; every line {@link #printable printable} in the font. An empty paragraph stays an empty line.
     */
    public static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(font, paragraph).strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (rest.length() > 1 && width(font, size, rest) > width) {
                    int fits = rest.length() - 1;
                    while (fits > 1 && width(font, size, rest.substring(0, fits)) > width) {
                        fits--;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with each character the font cannot encode replaced by '?', and control characters by a space. */
    public static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) ? " " : Character.toString(cp);
            try {
                font.encode(c);
                printable.append(c);
            } catch (IOException | IllegalArgumentException e) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    /** The width in points of a printable text. */
    public static float width(PDFont font, float size, String printableText) {
        try {
            return font.getStringWidth(printableText) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
