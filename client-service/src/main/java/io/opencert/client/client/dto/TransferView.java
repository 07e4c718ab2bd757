package io.opencert.client.client.dto;

import io.opencert.client.client.TransferCertificate;

import java.time.LocalDate;

/** The certificate held from another certification body, for the pre-transfer review. */
public record TransferView(String certificateNumber, String body, LocalDate expiry, Integer openNonconformities) {

    /** Empty when there is no transfer (Hibernate gives an embeddable with all columns empty as null). */
    public static TransferView of(TransferCertificate transfer) {
        return transfer == null || transfer.certificateNumber == null ? null : new TransferView(
                transfer.certificateNumber, transfer.body, transfer.expiry, transfer.openNonconformities);
    }
}
