package io.opencert.audit.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditReportPdfTest {

    @Test
    void manyLongFindingsFlowOntoFurtherPagesAndUnprintableCharactersBecomeQuestionMarks() throws IOException {
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
            assertThat(text).contains("Gamma ? Services ?", "Findings (12)", "12. observation, clause 8.6.1 Incident management",
                    "The audit is not completed yet.");
        }
    }
}
