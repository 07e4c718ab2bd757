package io.opencert.scheduling.auditor.dto;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A new calendar feed address; the token is shown only this once (only its hash is kept). */
public record CalendarTokenView(UUID auditorId, String token, URI feedUrl, OffsetDateTime createdAt,
                                OffsetDateTime expiresAt) {
}
