package io.opencert.audit.report;

import io.opencert.commons.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays out an {@link AuditReportDocument} as an A4 PDF. Standard 14 fonts (WinAnsi): characters they cannot show
 * are printed as '?'. Stateless and thread-safe.
 */
public final class AuditReportPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 56;
    private static final float WIDTH = 480;
    private static final float LABEL_WIDTH = 100;

    public byte[] render(AuditReportDocument report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Audit report " + report.auditId());
            new Writer(document).write(report);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("report of audit " + report.auditId() + " could not be rendered", e);
        }
    }

    /** Writes top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void write(AuditReportDocument r) throws IOException {
            newPage();
            try {
                paragraph(bold, 16, 0, "Audit report");
                paragraph(regular, 10, 0, r.type() + " audit of " + r.clientName());
                y -= 8;
                field("Audit", r.auditId().toString());
                field("Standards", r.standards());
                field("Scope", r.scope());
                field("Dates", r.startDate() + (r.endDate() == null ? "" : " to " + r.endDate()));
                field("Status", r.status());
                field("Sites", String.join("; ", r.sites()));
                field("Audit team", String.join("; ", r.team()));
                section("Outcome", r.outcome().isEmpty() ? List.of("The audit is not completed yet.") : r.outcome());
                if (!r.profile().isEmpty()) {
                    section("Strengths and weaknesses profile", r.profile());
                }
                heading("Findings (" + r.findings().size() + ")");
                if (r.findings().isEmpty()) {
                    paragraph(regular, 10, 0, "No findings were recorded.");
                }
                int number = 1;
                for (AuditReportDocument.FindingLine finding : r.findings()) {
                    paragraph(bold, 10, 0, number++ + ". " + finding.grade() + ", clause " + finding.clause());
                    if (finding.site() != null) {
                        paragraph(regular, 10, 14, "Site: " + finding.site());
                    }
                    paragraph(regular, 10, 14, finding.evidence());
                    for (String line : finding.nonconformity()) {
                        paragraph(regular, 9, 14, line);
                    }
                    y -= 4;
                }
            } finally {
                content.close();
            }
        }

        private void section(String title, List<String> lines) throws IOException {
            heading(title);
            for (String line : lines) {
                paragraph(regular, 10, 0, line);
            }
        }

        private void heading(String title) throws IOException {
            y -= 8;
            paragraph(bold, 12, 0, title);
        }

        private void field(String label, String value) throws IOException {
            List<String> lines = PdfText.wrap(value, regular, 10, WIDTH - LABEL_WIDTH);
            room(14);
            show(bold, 10, MARGIN, label + ":");
            for (String line : lines) {
                room(14);
                show(regular, 10, MARGIN + LABEL_WIDTH, line);
                y -= 14;
            }
        }

        private void paragraph(PDFont font, float size, float indent, String value) throws IOException {
            for (String line : PdfText.wrap(value, font, size, WIDTH - indent)) {
                room(size + 4);
                show(font, size, MARGIN + indent, line);
                y -= size + 4;
            }
        }

        private void show(PDFont font, float size, float x, String value) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(value);
            content.endText();
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
