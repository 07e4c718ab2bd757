package io.opencert.client.quotation.dto;

import io.opencert.client.quotation.Quotation;
import io.opencert.client.quotation.QuotationStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A line of a client's quotation list. */
public record QuotationSummary(UUID id, UUID clientId, int revision, QuotationStatus status, BigDecimal totalPrice,
                               String currency, LocalDate validUntil) {

    public static QuotationSummary of(Quotation q, LocalDate today) {
        return new QuotationSummary(q.id, q.clientId, q.revision, q.statusOn(today), q.totalPrice, q.currency,
                q.validUntil);
    }
}
