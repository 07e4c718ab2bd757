package io.opencert.client.certificate.dto;

import io.opencert.client.certificate.CertificateStatus;
import io.opencert.client.certificate.HeldCertificate;
import io.opencert.events.model.Standard;

import java.time.LocalDate;

/**
 * A certificate of the client as certificate-service last announced it; {@code standard} and {@code expiryDate} are
 * empty while only a status change of it has arrived here.
 */
public record CertificateSummary(String number, Standard standard, CertificateStatus status, LocalDate expiryDate) {

    public static CertificateSummary of(HeldCertificate certificate) {
        return new CertificateSummary(certificate.number(), certificate.standard(), certificate.status(),
                certificate.expiryDate());
    }
}
