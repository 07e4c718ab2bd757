package io.opencert.commons.pdf;

import io.opencert.commons.testing.CpuTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PdfWriterTest {

    @Test
    void goesOnOnANewPageWhenOneIsFullAndKeepsEveryLine() throws IOException {
        String pdf = text(render(writer -> {
            writer.field("Scope", "Operation of managed hosting and 24/7 service desk services for business customers "
                    + "in Hamburg, Frankfurt am Main and Vienna, with the data centres named in the annex", 100);
            for (int i = 1; i <= 80; i++) {
                writer.paragraph(writer.regular(), 10, 14, "Finding " + i);
            }
            writer.rule();
            writer.room(14);
            writer.show(writer.bold(), 10, PdfWriter.MARGIN, "Total");
            writer.showRight(writer.bold(), 10, PdfWriter.MARGIN + PdfWriter.WIDTH, "1,250.00");
        }));

        assertThat(pdf).contains("Scope:", "Operation of managed hosting", "annex", "Finding 1\n", "Finding 80",
                "Total", "1,250.00");
        assertThat(pdf.split("\f")).as("pages").hasSize(2);
    }

    @Test
    void printsPolishGreekAndCyrillicNamesAsWritten() throws IOException {
        String pdf = text(render(writer -> {
            writer.field("Holder", "Przedsiębiorstwo Łódź Sp. z o.o.", 100);
            writer.paragraph(writer.bold(), 12, 0, "Ελληνικά Δίκτυα Α.Ε., Αθήνα, Ελλάδα");
            writer.paragraph(writer.regular(), 10, 0, "ООО «Сервис», Москва; Müller & Søn, Århus");
        }));

        assertThat(pdf).contains("Przedsiębiorstwo Łódź Sp. z o.o.", "Ελληνικά Δίκτυα Α.Ε., Αθήνα, Ελλάδα",
                "ООО «Сервис», Москва; Müller & Søn, Århus");
    }

    @Test
    void printsWhatTheFontCannotShowAsQuestionMarks() throws IOException {
        assertThat(text(render(writer -> writer.paragraph(writer.regular(), 10, 0, "Müller \u4e2d"))))
                .contains("Müller ?");
    }

    @Test
    void printsAWordOf20000CharactersInUnderASecond() throws Exception {
        String word = "Nonconformity".repeat(1_540).substring(0, 20_000);

        CpuTime.Measured<byte[]> pdf = CpuTime.of(() -> render(writer -> {
            writer.field("Evidence", word, 100);
            writer.paragraph(writer.regular(), 10, 14, word);
        }));

        assertThat(pdf.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(text(pdf.result()).replaceAll("\\s", "").contains("Evidence:" + word + word)).as("every character printed").isTrue();
    }

    private interface Content {
        void write(PdfWriter writer) throws IOException;
    }

    private static byte[] render(Content content) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PdfWriter writer = new PdfWriter(document)) {
                content.write(writer);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            return stripper.getText(document);
        }
    }
}
