package io.opencert.commons.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Text for the documents the services print (quotations, audit reports, certificates) with PDFBox's fonts. */
public final class PdfText {
    private PdfText() {
    }

    /**
     * The text's paragraphs broken into lines of at most {@code width} points at spaces, and inside a word longer than
     * a line; every line {@link #printable printable} in the font. An empty paragraph stays an empty line. Each glyph
     * is measured once, so the time grows with the text's length and no more: a long unbroken word cannot tie up the
     * service.
     */
    public static List<String> wrap(String text, PDFont font, float size, float width) {
        Advances advances = new Advances(font);
        float space = advances.of(' ');
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            StringBuilder line = new StringBuilder();
            // in the font's units, summed glyph by glyph in the order PDFBox sums a string's: the same float it gives
            float lineWidth = 0;
            for (String word : printable(font, paragraph).strip().split("\\s+")) {
                float candidate = line.isEmpty() ? 0 : lineWidth + space;
                for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                    candidate += advances.of(word.codePointAt(i));
                }
                if (points(candidate, size) <= width) {
                    line.append(line.isEmpty() ? "" : " ").append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // the word on lines of its own, as many characters on each as fit, at least one
                lineWidth = 0;
                for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                    int codePoint = word.codePointAt(i);
                    float advance = advances.of(codePoint);
                    if (!line.isEmpty() && points(lineWidth + advance, size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(codePoint);
                    lineWidth += advance;
                }
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
            return points(font.getStringWidth(printableText), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float points(float fontUnits, float size) {
        return fontUnits / 1000 * size;
    }

    /** The advance width of each printable character in the font's units, looked up once per character. */
    private static final class Advances {
        private final PDFont font;
        private final Map<Integer, Float> byCodePoint = new HashMap<>();

        Advances(PDFont font) {
            this.font = font;
        }

        float of(int codePoint) {
            return byCodePoint.computeIfAbsent(codePoint, c -> {
                try {
                    return font.getStringWidth(Character.toString(c));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
