package io.opencert.client.quotation.pdf;

import io.opencert.commons.pdf.PdfWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lays out a {@link QuotationDocument} as an A4 PDF: the certification body's heading, the quotation's identity and
 * validity, the client, standards and scope (and a transfer or cloud extension), a table of the cycle's audits and
 * the totals, in {@link io.opencert.commons.pdf.PdfFonts}. Stateless and thread-safe.
 */
public final class QuotationPdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float LINE = 14;
    private static final float VALUE_INDENT = 110;
    private static final float NOTE_INDENT = 10;
    private static final float DAYS_RIGHT = 320;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public byte[] render(QuotationDocument quotation) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Quotation " + quotation.quotationId());
            info.setAuthor(quotation.certificationBody());
            try (PdfWriter pdf = new PdfWriter(document)) {
                write(pdf, quotation);
            }
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

    private static void write(PdfWriter pdf, QuotationDocument q) throws IOException {
        PDFont regular = pdf.regular();
        PDFont bold = pdf.bold();
        pdf.paragraph(bold, 16, 0, q.certificationBody());
        pdf.skip(6);
        pdf.paragraph(regular, 10, 0, "Certification of IT service management systems (ISO/IEC 20000-1)");
        pdf.rule();
        pdf.paragraph(bold, 14, 0, title(q));
        pdf.skip(4);
        field(pdf, "Quotation", q.quotationId().toString());
        field(pdf, "Revision", Integer.toString(q.revision()));
        field(pdf, "Issue date", DATE.format(q.issueDate()));
        field(pdf, "Valid until", q.validUntil() == null ? "draft, not yet issued" : DATE.format(q.validUntil()));
        pdf.skip(8);

        heading(pdf, "Client");
        field(pdf, "Legal name", q.client().legalName());
        field(pdf, "Registration no.", q.client().registrationNumber());
        field(pdf, "City", q.client().city());
        field(pdf, "Country", q.client().country());
        pdf.skip(8);

        heading(pdf, "Certification");
        field(pdf, "Standard(s)", String.join(", ", q.standards()));
        field(pdf, "Scope", q.scope());
        field(pdf, "Sites", q.sites().size() + ": " + String.join("; ", q.sites()));
        if (q.transfer() != null) {
            field(pdf, "Transfer", q.transfer());
        }
        if (q.cloudExtension() != null) {
            field(pdf, "Cloud extension", q.cloudExtension());
        }
        pdf.skip(8);

        heading(pdf, "Audits of the cycle");
        row(pdf, bold, "Audit", "Days", "Price (" + q.currency() + ")");
        pdf.rule();
        for (QuotationDocument.AuditLine audit : q.audits()) {
            row(pdf, regular, audit.audit(), days(audit.days()), money(audit.price()));
            if (audit.siteDays() != null && !audit.siteDays().isBlank()) {
                pdf.paragraph(regular, 8, NOTE_INDENT, "Days per site: " + audit.siteDays());
            }
        }
        pdf.rule();
        row(pdf, bold, "Total", days(q.totalDays()), money(q.totalPrice()));
        pdf.skip(8);
        pdf.paragraph(bold, 11, 0, "Total price: " + money(q.totalPrice()) + " " + q.currency());
        pdf.skip(4);
        pdf.paragraph(regular, 9, 0, "Prices in " + q.currency() + ", including the certificate and annual "
                + "registration fees. Audit days of 8 hours.");
        if (!q.calculation().isEmpty()) {
            pdf.skip(8);
            heading(pdf, "How the audit time was calculated");
            for (String line : q.calculation()) {
                pdf.paragraph(regular, 8, NOTE_INDENT, line);
            }
        }
    }

    private static String title(QuotationDocument q) {
        if (q.cloudExtension() != null) {
            return "Quotation for the cloud extension of a certificate";
        }
        return q.transfer() != null ? "Quotation for the rest of a transferred certification cycle"
                : "Quotation for a three-year certification cycle";
    }

    private static void heading(PdfWriter pdf, String title) throws IOException {
        pdf.paragraph(pdf.bold(), 12, 0, title);
        pdf.skip(2);
    }

    private static void field(PdfWriter pdf, String label, String value) throws IOException {
        pdf.field(label, value, VALUE_INDENT);
    }

    private static void row(PdfWriter pdf, PDFont font, String audit, String days, String price) throws IOException {
        pdf.room(LINE);
        pdf.show(font, 10, PdfWriter.MARGIN, audit);
        pdf.showRight(font, 10, PdfWriter.MARGIN + DAYS_RIGHT, days);
        pdf.showRight(font, 10, PdfWriter.MARGIN + PdfWriter.WIDTH, price);
        pdf.skip(LINE);
    }
}
