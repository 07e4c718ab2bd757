package io.opencert.client.quotation.pdf;

import io.opencert.commons.testing.CpuTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationPdfTest {
    private static final UUID ID = UUID.fromString("0a000000-0000-4000-8000-000000000001");

    static QuotationDocument document(String legalName, String scope) {
        return document(legalName, scope, null, null);
    }

    static QuotationDocument document(String legalName, String scope, String transfer, String cloudExtension) {
        return new QuotationDocument("OpenCert Certification GmbH", ID, 2, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 31),
                new QuotationDocument.ClientPart(legalName, "HRB 4711", "Hamburg", "DE"),
                List.of("ISO/IEC 20000-1:2018", "ISO/IEC TR 20000-9:2015"), scope,
                List.of("Head office (Hamburg, DE, central function)", "Data centre (Kiel, DE)"), transfer, cloudExtension,
                List.of(new QuotationDocument.AuditLine("Stage 1", new BigDecimal("2.0"), "Head office 2.0", new BigDecimal("1000.00")),
                        new QuotationDocument.AuditLine("Stage 2", new BigDecimal("3.5"), "Head office 3.5", new BigDecimal("2000.00")),
                        new QuotationDocument.AuditLine("Surveillance 1", new BigDecimal("2.0"), "Head office 2.0", new BigDecimal("1250.00")),
                        new QuotationDocument.AuditLine("Surveillance 2", new BigDecimal("2.0"), "Head office 2.0", new BigDecimal("1250.00")),
                        new QuotationDocument.AuditLine("Recertification", new BigDecimal("3.5"), "Head office 3.5", new BigDecimal("2000.00"))),
                List.of("table days: 7.0 (audit time table version 1: 86-125 persons: 7 days)"),
                new BigDecimal("13.0"), new BigDecimal("7500.00"), "EUR");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void showsEveryPartOfTheQuotation() throws IOException {
        byte[] pdf = new QuotationPdf().render(document("Kappa Hosting GmbH", "Operation of hosting services"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("OpenCert Certification GmbH", ID.toString(), "Revision: 2", "2026-03-02",
                "2026-05-31", "Kappa Hosting GmbH", "HRB 4711", "Hamburg", "DE",
                "ISO/IEC 20000-1:2018, ISO/IEC TR 20000-9:2015", "Operation of hosting services",
                "Sites: 2: Head office (Hamburg, DE, central function); Data centre (Kiel, DE)");
        assertThat(text).contains("Stage 1 2.0 1,000.00", "Stage 2 3.5 2,000.00", "Surveillance 1 2.0 1,250.00",
                "Surveillance 2 2.0 1,250.00", "Recertification 3.5 2,000.00", "Total 13.0 7,500.00",
                "Total price: 7,500.00 EUR");
        assertThat(text).contains("Days per site: Head office 3.5", "How the audit time was calculated",
                "table days: 7.0 (audit time table version 1: 86-125 persons: 7 days)");
        assertThat(text).contains("Quotation for a three-year certification cycle")
                .doesNotContain("Transfer:", "Cloud extension:");
    }

    @Test
    void saysWhenItIsATransferOrACloudExtension() throws IOException {
        String transfer = text(new QuotationPdf().render(document("Kappa Hosting GmbH", "Hosting",
                "certificate OC-2024-0815 of Other CB GmbH, valid until 2027-06-30", null)));
        String cloud = text(new QuotationPdf().render(document("Kappa Hosting GmbH", "Hosting", null,
                "ISO/IEC TR 20000-9, with the next surveillance audit")));

        assertThat(transfer).contains("Quotation for the rest of a transferred certification cycle",
                "Transfer: certificate OC-2024-0815 of Other CB GmbH, valid until 2027-06-30");
        assertThat(cloud).contains("Quotation for the cloud extension of a certificate",
                "Cloud extension: ISO/IEC TR 20000-9, with the next surveillance audit");
    }

    @Test
    void wrapsALongScopeOntoFurtherLinesAndPagesAndReplacesWhatTheFontCannotShow() throws IOException {
        String scope = "Design, transition and operation of managed cloud services ".repeat(150);

        String text = text(new QuotationPdf().render(document("Łódź Cloud Sp. z o.o. \u4e2d", scope)));

        assertThat(text).contains("Łódź Cloud Sp. z o.o. ?", "Total price: 7,500.00 EUR");
        try (PDDocument document = Loader.loadPDF(new QuotationPdf().render(document("X", scope)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theLongestTextsInEveryFieldPrintInUnderASecond() throws Exception {
        // each as long as the requests that set it allow, and unbroken: the worst case for the layout
        String siteDays = String.join(", ", Collections.nCopies(30, "S".repeat(200) + " 1.0"));
        QuotationDocument longest = new QuotationDocument("OpenCert Certification GmbH", ID, 2, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 31),
                new QuotationDocument.ClientPart("L".repeat(200), "R".repeat(60), "C".repeat(100), "DE"),
                List.of("ISO/IEC 20000-1:2018"), "H".repeat(2_000),
                Collections.nCopies(500, "N".repeat(200) + " (" + "C".repeat(100) + ", DE)"),
                "certificate " + "X".repeat(100) + " of " + "B".repeat(200), null,
                Collections.nCopies(5, new QuotationDocument.AuditLine("Surveillance", BigDecimal.TEN, siteDays,
                        new BigDecimal("1000.00"))),
                Collections.nCopies(10, "adjustment -10%: " + "J".repeat(2_000)),
                new BigDecimal("50.0"), new BigDecimal("5000.00"), "EUR");

        CpuTime.Measured<byte[]> pdf = CpuTime.of(() -> new QuotationPdf().render(longest));

        assertThat(pdf.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(text(pdf.result()).replaceAll("\\s", "").contains("H".repeat(2_000))).as("the scope whole").isTrue();
    }
}
