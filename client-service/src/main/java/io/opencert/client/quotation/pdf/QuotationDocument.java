package io.opencert.client.quotation.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a printed quotation shows, already in words and numbers: what {@link QuotationPdf} lays out.
 * Built from a quotation and its client, never handed entities.
 */
public record QuotationDocument(String certificationBody, UUID quotationId, int version, LocalDate issueDate,
                                LocalDate validUntil, ClientPart client, List<String> standards, String scope,
                                List<AuditLine> audits, BigDecimal totalDays, BigDecimal totalPrice,
                                String currency) {

    public QuotationDocument {
        standards = List.copyOf(standards);
        audits = List.copyOf(audits);
    }

    public record ClientPart(String legalName, String registrationNumber, String city, String country) {
    }

    /** One audit of the cycle, e.g. "Surveillance 1", with its days and price (fees included). */
    public record AuditLine(String audit, BigDecimal days, BigDecimal price) {
    }
}
