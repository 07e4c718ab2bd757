package io.opencert.events.certificate;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.Site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new revision of the certificate supersedes the previous one, for an extended, changed or reduced scope or a
 * changed address. {@code reason} is one of SCOPE_EXTENSION, SCOPE_CHANGE, ADDRESS_CHANGE, SCOPE_REDUCTION. Number, dates and cycle stay as they were.
 * {@code decisionId}: the decision that changed the scope; empty for an administrative reissue (and in older events).
 */
public record CertificateRevisedV1(UUID certificateId, String number, int revision, int supersededRevision,
                                   UUID clientId, String holderName, String reason, String scope, List<Site> sites,
                                   LocalDate issueDate, LocalDate expiryDate, Instant revisedAt,
                                   @Nullable UUID decisionId)
        implements EventPayload {
    @Override
    public String subject() {
        return certificateId.toString();
    }
}
