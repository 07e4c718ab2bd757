package io.opencert.certificate.licence.dto;

import io.opencert.certificate.licence.LicenceStatus;

import java.time.LocalDate;
import java.util.UUID;

public record LicenceView(UUID id, UUID certificateId, String certificateNumber, UUID clientId, LicenceStatus status,
                          LocalDate grantedOn, LocalDate statusSince, Terms terms) {

    public record Terms(int version, LocalDate effectiveFrom, String title, String text) {
    }
}
