package io.opencert.client.quotation.dto;

import io.opencert.client.quotation.Quotation;
import io.opencert.client.quotation.QuotationStatus;
import io.opencert.events.model.AuditType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A quotation; {@code version} changes with every change of it (its acceptance). */
public record QuotationView(UUID id, UUID clientId, int version, QuotationStatus status, int persons,
                            List<AuditLine> audits, BigDecimal totalPrice, String currency, Instant issuedAt,
                            LocalDate validUntil) {

    /** One audit of the cycle: days and price including the fees that come with it. */
    public record AuditLine(AuditType type, BigDecimal days, BigDecimal price) {
    }

    public static QuotationView of(Quotation quotation) {
        return new QuotationView(quotation.id, quotation.clientId, quotation.version, quotation.status,
                quotation.persons,
                quotation.audits.stream().map(audit -> new AuditLine(audit.type, audit.days, audit.price)).toList(),
                quotation.totalPrice, quotation.currency, quotation.issuedAt, quotation.validUntil);
    }
}
