package io.opencert.events.model;

import io.opencert.events.Nullable;

import java.time.LocalDate;

/**
 * A valid certificate of another accredited certification body that the client transfers here (IAF MD 2). Its expiry
 * keeps the certification cycle: the transfer starts in the middle of it. {@code preTransferReview} is what the
 * pre-transfer review found, e.g. about the {@code openNonconformities}; {@code openMajorNonconformities} how many of
 * them are major (no more than {@code openNonconformities}; a transfer is not granted while one is open), and
 * {@code reviewedBy} the username of who did the pre-transfer review (who does not take the transfer decision). Both
 * are null in events from before they were recorded.
 */
public record TransferredCertificate(String certificateNumber, String issuingBody, LocalDate expiryDate,
                                     int openNonconformities, String preTransferReview,
                                     @Nullable Integer openMajorNonconformities, @Nullable String reviewedBy) {
}
