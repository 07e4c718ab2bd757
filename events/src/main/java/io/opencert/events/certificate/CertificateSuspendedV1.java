package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate was suspended: temporarily invalid from {@code suspendedOn}; unless reinstated, it is withdrawn after
 * {@code suspendedUntil} (at most 6 months). {@code reason} is one of MISSED_SURVEILLANCE,
 * UNRESOLVED_MAJOR_NONCONFORMITY, CLIENT_REQUEST, MISUSE_OF_MARK, CONTINUATION_REFUSED. {@code decisionId}: the decision
 * that suspended it, by a decision-maker or by a rule (empty in events written before decisions were recorded).
 */
public record CertificateSuspendedV1(UUID certificateId, String number, UUID clientId, String reason,
                                     LocalDate suspendedOn, LocalDate suspendedUntil,
                                     @Nullable UUID decisionId) implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
