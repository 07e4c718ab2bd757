package io.opencert.events.model;

import java.time.LocalDate;

/**
 * A valid certificate of another accredited certification body that the client transfers here (IAF MD 2). Its expiry
 * keeps the certification cycle: the transfer starts in the middle of it. {@code preTransferReview} is what the
 * pre-transfer review found, e.g. about the {@code openNonconformities}.
 */
public record TransferredCertificate(String certificateNumber, String issuingBody, LocalDate expiryDate,
                                     int openNonconformities, String preTransferReview) {
}
