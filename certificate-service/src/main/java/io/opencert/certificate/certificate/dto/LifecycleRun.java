package io.opencert.certificate.certificate.dto;

import io.opencert.certificate.rules.CertificateStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What one run of the daily lifecycle job changed: certificates that expired and suspensions that ran out. */
public record LifecycleRun(LocalDate runDate, List<Change> expired, List<Change> withdrawn) {

    public record Change(UUID certificateId, String number, CertificateStatus status, LocalDate statusSince) {
    }
}
