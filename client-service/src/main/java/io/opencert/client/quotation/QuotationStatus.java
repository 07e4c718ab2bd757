package io.opencert.client.quotation;

public enum QuotationStatus {
    /** Calculated, not yet sent to the client. */
    DRAFT,
    /** Sent to the client, open for acceptance until its validity ends. */
    ISSUED,
    /** Accepted by the client: a contract exists. */
    ACCEPTED,
    /** Declined by the client. */
    REJECTED,
    /** Issued, but its last valid day has passed without acceptance. */
    EXPIRED,
    /** Replaced by a newer revision for the same client. */
    SUPERSEDED
}
