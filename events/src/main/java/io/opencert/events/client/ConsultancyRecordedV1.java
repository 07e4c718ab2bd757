package io.opencert.events.client;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The impartiality register learnt that one of the body's auditors ({@code auditor}: the username) or the body itself
 * ({@code auditor} empty) consulted the client from {@code fromDate} to {@code toDate} (empty while it goes on).
 * Whoever consulted a client within the last 2 years takes no part in its audits or certification decisions
 * (ISO/IEC 17021-1, 5.2), whenever the register learns it.
 */
public record ConsultancyRecordedV1(UUID consultancyId, UUID clientId, @Nullable String auditor, LocalDate fromDate,
                                    @Nullable LocalDate toDate, Instant recordedAt) implements EventPayload {
    @Override
    public String subject() {
        return clientId.toString();
    }
}
