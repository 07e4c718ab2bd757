package io.opencert.scheduling.calendar.dto;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A new address of a client's calendar feed; the token is shown only this once (only its hash is kept). */
public record ClientCalendarTokenView(UUID clientId, String token, URI feedUrl, OffsetDateTime createdAt,
                                      OffsetDateTime expiresAt) {
}
