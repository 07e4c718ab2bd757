package io.opencert.audit.report;

import io.opencert.commons.pdf.PdfWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays out an {@link AuditReportDocument} as an A4 PDF in {@link io.opencert.commons.pdf.PdfFonts}. Stateless and
 * thread-safe.
 */
public final class AuditReportPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float LABEL_WIDTH = 100;

    public byte[] render(AuditReportDocument report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Audit report " + report.auditId());
            try (PdfWriter pdf = new PdfWriter(document)) {
                write(pdf, report);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("report of audit " + report.auditId() + " could not be rendered", e);
        }
    }

    private static void write(PdfWriter pdf, AuditReportDocument r) throws IOException {
        PDFont regular = pdf.regular();
        PDFont bold = pdf.bold();
        pdf.paragraph(bold, 16, 0, "Audit report");
        pdf.paragraph(regular, 10, 0, r.type() + " audit of " + r.clientName());
        pdf.skip(8);
        pdf.field("Audit", r.auditId().toString(), LABEL_WIDTH);
        pdf.field("Standards", r.standards(), LABEL_WIDTH);
        pdf.field("Scope", r.scope(), LABEL_WIDTH);
        pdf.field("Dates", r.startDate() + (r.endDate() == null ? "" : " to " + r.endDate()), LABEL_WIDTH);
        pdf.field("Status", r.status(), LABEL_WIDTH);
        pdf.field("Sites", String.join("; ", r.sites()), LABEL_WIDTH);
        pdf.field("Audit team", String.join("; ", r.team()), LABEL_WIDTH);
        section(pdf, "Outcome", r.outcome().isEmpty() ? List.of("The audit is not completed yet.") : r.outcome());
        if (!r.profile().isEmpty()) {
            section(pdf, "Strengths and weaknesses profile", r.profile());
        }
        heading(pdf, "Findings (" + r.findings().size() + ")");
        if (r.findings().isEmpty()) {
            pdf.paragraph(regular, 10, 0, "No findings were recorded.");
        }
        int number = 1;
        for (AuditReportDocument.FindingLine finding : r.findings()) {
            pdf.paragraph(bold, 10, 0, number++ + ". " + finding.grade() + ", clause " + finding.clause());
            if (finding.site() != null) {
                pdf.paragraph(regular, 10, 14, "Site: " + finding.site());
            }
            pdf.paragraph(regular, 10, 14, finding.evidence());
            for (String line : finding.nonconformity()) {
                pdf.paragraph(regular, 9, 14, line);
            }
            pdf.skip(4);
        }
    }

    private static void section(PdfWriter pdf, String title, List<String> lines) throws IOException {
        heading(pdf, title);
        for (String line : lines) {
            pdf.paragraph(pdf.regular(), 10, 0, line);
        }
    }

    private static void heading(PdfWriter pdf, String title) throws IOException {
        pdf.skip(8);
        pdf.paragraph(pdf.bold(), 12, 0, title);
    }
}
