package io.opencert.e2e;

import java.time.LocalDate;

/** A client certified by another accredited body that transfers here, and what the services made of it so far. */
final class TransferringClient {
    final String legalName;
    /** The expiry of the transferred certificate, which the programme's remaining audits follow. */
    final LocalDate transferredExpiry;
    String clientId;
    String contractId;
    String certificateId;
    String certificateNumber;
    String programmeId;
    String surveillanceId;
    LocalDate surveillanceStart;

    TransferringClient(String legalName, LocalDate transferredExpiry) {
        this.legalName = legalName;
        this.transferredExpiry = transferredExpiry;
    }
}
