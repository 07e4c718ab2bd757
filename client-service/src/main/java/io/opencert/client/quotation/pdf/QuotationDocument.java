package io.opencert.client.quotation.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a printed quotation shows, already in words and numbers: what {@link QuotationPdf} lays out.
 * Built from a quotation and its client, never handed entities.
 */
public record QuotationDocument(String certificationBody, UUID quotationId, int revision, LocalDate issueDate,
                                LocalDate validUntil, ClientPart client, List<String> standards, String scope,
                                List<String> sites, String transfer, String cloudExtension, List<AuditLine> audits,
                                List<String> calculation, BigDecimal totalDays, BigDecimal totalPrice,
                                String currency) {

    /**
     * {@code validUntil} is empty for a draft; {@code transfer} names the transferred certificate and
     * {@code cloudExtension} when the cloud extension is audited, each empty unless the quotation is one;
     * {@code calculation} gives each number of the audit time and why; {@code sites} every site certified, each audit
     * visiting the sample its {@link AuditLine#siteDays()} name.
     */
    public QuotationDocument {
        standards = List.copyOf(standards);
        sites = List.copyOf(sites);
        audits = List.copyOf(audits);
        calculation = List.copyOf(calculation);
    }

    public record ClientPart(String legalName, String registrationNumber, String city, String country) {
    }

    /** One audit of the cycle, e.g. "Surveillance 1", with its days, the days per site and price (fees included). */
    public record AuditLine(String audit, BigDecimal days, String siteDays, BigDecimal price) {
    }
}
