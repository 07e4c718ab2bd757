package io.opencert.client.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The certificate a client holds from another certification body, for the pre-transfer review. */
@Embeddable
public class TransferCertificate {
    @Column(name = "transfer_certificate_number")
    public String certificateNumber;

    @Column(name = "transfer_body")
    public String body;

    @Column(name = "transfer_expiry")
    public LocalDate expiry;

    @Column(name = "transfer_open_nonconformities")
    public Integer openNonconformities;

    public TransferCertificate() {
    }

    public TransferCertificate(String certificateNumber, String body, LocalDate expiry, Integer openNonconformities) {
        this.certificateNumber = certificateNumber;
        this.body = body;
        this.expiry = expiry;
        this.openNonconformities = openNonconformities;
    }

    @Override
    public String toString() {
        return "certificate " + certificateNumber + " of " + body + ", expiring " + expiry + ", " + openNonconformities
                + " open nonconformities";
    }
}
