package io.opencert.certificate.certificate.dto;

import java.time.LocalDate;
import java.util.UUID;

/** An active certificate coming up to its expiry date: what an expiry notice tells about it. */
public record ExpiringCertificate(UUID id, String number, UUID clientId, LocalDate expiryDate) {
}
