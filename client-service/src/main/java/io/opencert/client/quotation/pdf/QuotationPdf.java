package io.opencert.client.quotation.pdf;

import io.opencert.commons.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a {@link QuotationDocument} as an A4 PDF: the certification body's heading, the quotation's identity and
 * validity, the client, standards and scope (and a transfer or cloud extension), a table of the cycle's audits and
 * the totals. Standard 14 fonts (WinAnsi): characters they cannot show are printed as '?'. Stateless and thread-safe.
 */
public final class QuotationPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 56;
    private static final float LINE = 14;
    private static final float VALUE_INDENT = 110;
    private static final float DAYS_RIGHT = 320;
    private static final float TABLE_WIDTH = 480;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public byte[] render(QuotationDocument quotation) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Quotation " + quotation.quotationId());
            info.setAuthor(quotation.certificationBody());
            new Writer(document).write(quotation);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("quotation " + quotation.quotationId() + " could not be rendered", e);
        }
    }

    /** Formats days with one decimal, e.g. 1.5 or 2.0. */
    public static String days(BigDecimal days) {
        return days.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Formats an amount with thousands separators and two decimals, e.g. 1,250.00. */
    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
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

        void write(QuotationDocument q) throws IOException {
            newPage();
            try {
                text(bold, 16, MARGIN, q.certificationBody());
                y -= 6;
                text(regular, 10, MARGIN, "Certification of IT service management systems (ISO/IEC 20000-1)");
                rule();
                text(bold, 14, MARGIN, title(q));
                y -= 4;
                field("Quotation", q.quotationId().toString());
                field("Revision", Integer.toString(q.revision()));
                field("Issue date", DATE.format(q.issueDate()));
                field("Valid until", q.validUntil() == null ? "draft, not yet issued" : DATE.format(q.validUntil()));
                y -= 8;

                heading("Client");
                field("Legal name", q.client().legalName());
                field("Registration no.", q.client().registrationNumber());
                field("City", q.client().city());
                field("Country", q.client().country());
                y -= 8;

                heading("Certification");
                field("Standard(s)", String.join(", ", q.standards()));
                field("Scope", q.scope());
                if (q.transfer() != null) {
                    field("Transfer", q.transfer());
                }
                if (q.cloudExtension() != null) {
                    field("Cloud extension", q.cloudExtension());
                }
                y -= 8;

                heading("Audits of the cycle");
                row(bold, "Audit", "Days", "Price (" + q.currency() + ")");
                rule();
                for (QuotationDocument.AuditLine audit : q.audits()) {
                    row(regular, audit.audit(), days(audit.days()), money(audit.price()));
                    if (audit.siteDays() != null && !audit.siteDays().isBlank()) {
                        note("Days per site: " + audit.siteDays());
                    }
                }
                rule();
                row(bold, "Total", days(q.totalDays()), money(q.totalPrice()));
                y -= 8;
                text(bold, 11, MARGIN, "Total price: " + money(q.totalPrice()) + " " + q.currency());
                y -= 4;
                text(regular, 9, MARGIN, "Prices in " + q.currency() + ", including the certificate and annual "
                        + "registration fees. Audit days of 8 hours.");
                if (!q.calculation().isEmpty()) {
                    y -= 8;
                    heading("How the audit time was calculated");
                    for (String line : q.calculation()) {
                        note(line);
                    }
                }
            } finally {
                content.close();
            }
        }

        private static String title(QuotationDocument q) {
            if (q.cloudExtension() != null) {
                return "Quotation for the cloud extension of a certificate";
            }
            return q.transfer() != null ? "Quotation for the rest of a transferred certification cycle"
                    : "Quotation for a three-year certification cycle";
        }

        private void heading(String title) throws IOException {
            text(bold, 12, MARGIN, title);
            y -= 2;
        }

        /** A label and its value, the value wrapped onto further lines where it is wider than the page. */
        private void field(String label, String value) throws IOException {
            List<String> lines = PdfText.wrap(value, regular, 10, TABLE_WIDTH - VALUE_INDENT);
            room(LINE);
            show(bold, 10, MARGIN, label + ":");
            for (String line : lines) {
                room(LINE);
                show(regular, 10, MARGIN + VALUE_INDENT, line);
                y -= LINE;
            }
        }

        /** Small print across the table's width, wrapped. */
        private void note(String value) throws IOException {
            for (String line : PdfText.wrap(value, regular, 8, TABLE_WIDTH - 10)) {
                room(LINE - 3);
                show(regular, 8, MARGIN + 10, line);
                y -= LINE - 3;
            }
        }

        private void row(PDFont font, String audit, String days, String price) throws IOException {
            room(LINE);
            show(font, 10, MARGIN, audit);
            showRight(font, 10, MARGIN + DAYS_RIGHT, days);
            showRight(font, 10, MARGIN + TABLE_WIDTH, price);
            y -= LINE;
        }

        private void text(PDFont font, float size, float x, String value) throws IOException {
            room(size + 4);
            show(font, size, x, value);
            y -= size + 4;
        }

        private void rule() throws IOException {
            room(8);
            content.moveTo(MARGIN, y + 4);
            content.lineTo(MARGIN + TABLE_WIDTH, y + 4);
            content.stroke();
            y -= 8;
        }

        private void show(PDFont font, float size, float x, String value) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(PdfText.printable(font, value));
            content.endText();
        }

        private void showRight(PDFont font, float size, float right, String value) throws IOException {
            String printable = PdfText.printable(font, value);
            show(font, size, right - PdfText.width(font, size, printable), printable);
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
            content.setLineWidth(0.5f);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }
}
