package io.opencert.client.quotation.dto;

import io.opencert.client.quotation.QuotationStatus;

import java.util.UUID;

public record AcceptanceView(UUID quotationId, UUID contractId, QuotationStatus status) {
}
