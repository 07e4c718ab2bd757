package io.opencert.commons.pdf;

import io.opencert.commons.testing.CpuTime;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void breaksAtSpacesSoThatEveryLineFits() {
        String text = "Operation of managed hosting and 24/7 service desk services for business customers in Hamburg";

        var lines = PdfText.wrap(text, HELVETICA, 10, 150);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line ->
                assertThat(PdfText.width(HELVETICA, 10, line)).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void keepsParagraphsAndBreaksAWordLongerThanALine() {
        var lines = PdfText.wrap("first\n\n" + "x".repeat(200), HELVETICA, 10, 100);

        assertThat(lines.subList(0, 2)).containsExactly("first", "");
        assertThat(String.join("", lines.subList(2, lines.size()))).isEqualTo("x".repeat(200));
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(HELVETICA, 10, line)).isLessThanOrEqualTo(100));
    }

    @Test
    void breaksAWordOf20000CharactersWithinMilliseconds() throws Exception {
        String word = "Ab".repeat(10_000);

        CpuTime.Measured<List<String>> wrapped = CpuTime.of(() -> PdfText.wrap("Evidence: " + word + " end", HELVETICA, 10, 400));
        List<String> lines = wrapped.result();

        assertThat(wrapped.cpu()).isLessThan(Duration.ofMillis(200));
        assertThat(lines.getFirst()).isEqualTo("Evidence:");
        assertThat(String.join("", lines.subList(1, lines.size())).equals(word + " end")).as("every character kept").isTrue();
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(HELVETICA, 10, line)).isLessThanOrEqualTo(400));
        String full = lines.get(1);
        assertThat(PdfText.width(HELVETICA, 10, full + word.charAt(full.length()))).as("a full line").isGreaterThan(400);
    }

    @Test
    void replacesWhatTheFontCannotPrint() {
        assertThat(PdfText.printable(HELVETICA, "Müller\tGmbH \u4e2d")).isEqualTo("Müller GmbH ?");
        assertThat(PdfText.printable(HELVETICA, null)).isEmpty();
        assertThat(PdfText.wrap(null, HELVETICA, 10, 100)).containsExactly("");
    }
}
