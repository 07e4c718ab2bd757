package io.opencert.certificate.register;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;

import java.time.LocalDate;

/**
 * Where a certificate stands at the download, whichever of its revisions, or its licence, the document shows: its
 * status since when, and its current revision issued when.
 */
public record CurrentStatus(CertificateStatus status, LocalDate since, int revision, LocalDate revisionIssued) {

    public static CurrentStatus of(CertificateView certificate) {
        return new CurrentStatus(certificate.status(), certificate.statusSince(), certificate.revision(),
                certificate.issueDate());
    }
}
