package io.opencert.client.quotation;

public enum QuotationStatus {
    /** Sent to the client, open for acceptance until its validity ends. */
    ISSUED,
    /** Accepted by the client: a contract exists. */
    ACCEPTED
}
