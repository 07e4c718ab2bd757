package io.opencert.events.client;

import io.opencert.events.EventPayload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record QuotationIssuedV1(UUID quotationId, UUID clientId, int version, BigDecimal totalPrice, String currency,
                                LocalDate validUntil, Instant issuedAt) implements EventPayload {
    @Override
    public String subject() {
        return clientId.toString();
    }
}
