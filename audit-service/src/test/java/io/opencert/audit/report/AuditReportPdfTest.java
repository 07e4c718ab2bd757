package io.opencert.audit.report;

import io.opencert.commons.testing.CpuTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditReportPdfTest {

    @Test
    void manyLongFindingsFlowOntoFurtherPagesAndCharactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String evidence = String.join(" ", Collections.nCopies(120, "Ticket"));
        List<AuditReportDocument.FindingLine> findings = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new AuditReportDocument.FindingLine("observation", "8.6.1 Incident management",
                        null, i + " " + evidence, List.of()))
                .toList();
        AuditReportDocument report = new AuditReportDocument(UUID.randomUUID(), "Gamma \u2265 Services \u4e2d",
                "stage 2", "iso iec 20000 1 2018", "Hosting", List.of("Head office, Vienna, AT"),
                List.of("Anna Lead (lead auditor)"), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), "in progress",
                List.of(), findings, List.of());

        byte[] pdf = new AuditReportPdf().render(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gamma \u2265 Services ?", "Findings (12)", "12. observation, clause 8.6.1 Incident management",
                    "The audit is not completed yet.");
        }
    }

    @Test
    void printsPolishAndGreekNamesAsWritten() throws IOException {
        AuditReportDocument report = new AuditReportDocument(UUID.randomUUID(), "Przedsiębiorstwo Łódź Sp. z o.o.",
                "stage 2", "iso iec 20000 1 2018", "Υπηρεσίες φιλοξενίας", List.of("Κεντρικά γραφεία, Αθήνα, GR"),
                List.of("Zofia Żółkiewska (lead auditor)"), LocalDate.of(2025, 3, 3), null, "in progress",
                List.of(), List.of(), List.of());

        String text = text(new AuditReportPdf().render(report));

        assertThat(text).contains("stage 2 audit of Przedsiębiorstwo Łódź Sp. z o.o.", "Υπηρεσίες φιλοξενίας",
                "Κεντρικά γραφεία, Αθήνα, GR", "Zofia Żółkiewska (lead auditor)");
    }

    @Test
    void theLongestTextsInEveryFieldPrintInUnderASecond() throws Exception {
        // each as long as the request that sets it allows, and unbroken: the worst case for the layout
        String nonconformity = "R".repeat(10_000);
        List<AuditReportDocument.FindingLine> findings = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> new AuditReportDocument.FindingLine("major nonconformity", "8.5.1 Change management",
                        "S".repeat(300), "E".repeat(20_000), List.of("Correction: " + nonconformity,
                        "Root cause: " + nonconformity, "Corrective action: " + nonconformity)))
                .toList();
        AuditReportDocument report = new AuditReportDocument(UUID.randomUUID(), "C".repeat(200), "stage 2",
                "iso iec 20000 1 2018", "H".repeat(2_000), Collections.nCopies(20, "N".repeat(200) + ", Graz, AT"),
                Collections.nCopies(10, "A".repeat(200) + " (auditor)"), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 4), "completed", List.of("Recommendation of the audit team: certify.", "U".repeat(10_000)),
                findings, List.of("P".repeat(5_000), "Strengths: " + "G".repeat(5_000), "Weaknesses: " + "W".repeat(5_000)));

        CpuTime.Measured<byte[]> pdf = CpuTime.of(() -> new AuditReportPdf().render(report));

        assertThat(pdf.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(text(pdf.result()).replaceAll("\\s", "").contains("E".repeat(20_000))).as("the evidence whole").isTrue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
