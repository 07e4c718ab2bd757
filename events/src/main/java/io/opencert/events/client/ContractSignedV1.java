package io.opencert.events.client;

import io.opencert.events.EventPayload;
import io.opencert.events.Nullable;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client accepted a quotation. Carries what scheduling and audit need for the whole cycle; {@code sites} are every
 * site the client applied for, all covered by the certification (each audit visits a sample the programme chooses);
 * {@code excludedAuditors} are the usernames of auditors who consulted the client in the last 2 years.
 * {@code transfer} is the certificate taken over from another body (the cycle continues from it, without stage 1 and
 * stage 2); {@code cloudExtension} says, for a contract that adds ISO/IEC TR 20000-9 to a certified client's
 * ISO/IEC 20000-1, whether the cloud audit is one of its own or part of the next surveillance. Both are null otherwise.
 * {@code technicalAreas} are the codes of the technical areas of the scope, as staff confirmed them at the review
 * (the audit team must cover each); null for contracts signed before the areas were recorded.
 */
public record ContractSignedV1(UUID contractId, UUID clientId, String clientName, UUID quotationId,
                               List<Standard> standards, String scope, List<Site> sites,
                               List<PlannedAuditDays> auditDays, List<String> excludedAuditors, Instant signedAt,
                               @Nullable TransferredCertificate transfer, @Nullable CloudExtension cloudExtension,
                               @Nullable List<String> technicalAreas)
        implements EventPayload {

    /** A contract whose scope names no technical areas. */
    public ContractSignedV1(UUID contractId, UUID clientId, String clientName, UUID quotationId,
                            List<Standard> standards, String scope, List<Site> sites,
                            List<PlannedAuditDays> auditDays, List<String> excludedAuditors, Instant signedAt,
                            TransferredCertificate transfer, CloudExtension cloudExtension) {
        this(contractId, clientId, clientName, quotationId, standards, scope, sites, auditDays, excludedAuditors,
                signedAt, transfer, cloudExtension, null);
    }
    @Override
    public String subject() {
        return clientId.toString();
    }
}
