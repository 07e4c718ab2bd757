package io.opencert.notification.notice.dto;

import io.opencert.notification.notice.Delivery;
import io.opencert.notification.notice.DeliveryState;
import io.opencert.notification.notice.NoticeKind;

import java.time.Instant;
import java.util.UUID;

/** A mail as written, and what became of it. */
public record DeliveryView(UUID id, NoticeKind kind, UUID clientId, String recipient, String recipientName,
                           String subject, String text, DeliveryState state, int attempts, String lastError,
                           Instant createdAt, Instant sentAt) {
    public static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.kind(), delivery.clientId(), delivery.recipient(),
                delivery.recipientName(), delivery.subject(), delivery.textBody(), delivery.state(),
                delivery.attempts(), delivery.lastError(), delivery.createdAt(), delivery.sentAt());
    }
}
