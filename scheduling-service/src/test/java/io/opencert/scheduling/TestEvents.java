package io.opencert.scheduling;

import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The events other services send, as a typical small client's cycle would produce them. */
public final class TestEvents {
    public static final Instant SIGNED_AT = Instant.parse("2027-01-15T10:00:00Z");
    public static final LocalDate SIGNED_ON = LocalDate.of(2027, 1, 15);
    public static final BigDecimal STAGE_1_DAYS = new BigDecimal("1.0");
    public static final BigDecimal STAGE_2_DAYS = new BigDecimal("1.5");
    public static final BigDecimal SURVEILLANCE_DAYS = new BigDecimal("1.0");
    public static final BigDecimal RECERTIFICATION_DAYS = new BigDecimal("2.0");
    public static final BigDecimal CLOUD_DAYS = new BigDecimal("0.5");
    public static final String TRANSFERRED_NUMBER = "OC-TR-2026-0815";
    public static final String TRANSFERRED_FROM = "Other Certification GmbH";
    public static final String SCOPE = "Operation of IT services for the group's retail stores";
    public static final List<Site> SITES = List.of(
            new Site(UUID.fromString("5173e0a0-0000-4000-8000-000000000001"), "Head office", "Ghent", "BE", true, 14));

    public static ContractSignedV1 contractSigned(UUID clientId, String... excludedAuditors) {
        return new ContractSignedV1(UUID.randomUUID(), clientId, "Client " + clientId, UUID.randomUUID(),
                List.of(Standard.ISO_IEC_20000_1_2018), SCOPE, SITES,
                List.of(new PlannedAuditDays(AuditType.STAGE_1, STAGE_1_DAYS),
                        new PlannedAuditDays(AuditType.STAGE_2, STAGE_2_DAYS),
                        new PlannedAuditDays(AuditType.SURVEILLANCE, SURVEILLANCE_DAYS),
                        new PlannedAuditDays(AuditType.SURVEILLANCE, SURVEILLANCE_DAYS),
                        new PlannedAuditDays(AuditType.RECERTIFICATION, RECERTIFICATION_DAYS)),
                List.of(excludedAuditors), SIGNED_AT, null, null);
    }

    /**
     * The impartiality register learnt that {@code auditor} (null: the certification body itself) consulted the
     * client from {@code from} to {@code to} (null: still going on).
     */
    /** The contract with the technical areas staff confirmed for its scope. */
    public static ContractSignedV1 withTechnicalAreas(ContractSignedV1 contract, String... technicalAreas) {
        return new ContractSignedV1(contract.contractId(), contract.clientId(), contract.clientName(),
                contract.quotationId(), contract.standards(), contract.scope(), contract.sites(), contract.auditDays(),
                contract.excludedAuditors(), contract.signedAt(), contract.transfer(), contract.cloudExtension(),
                List.of(technicalAreas));
    }

    public static ConsultancyRecordedV1 consultancyRecorded(UUID clientId, String auditor, LocalDate from,
                                                            LocalDate to) {
        return new ConsultancyRecordedV1(UUID.randomUUID(), clientId, auditor, from, to, SIGNED_AT.plusSeconds(3600));
    }

    /** A client taking over another body's certificate that expires on {@code expiry}; signed on SIGNED_ON. */
    public static ContractSignedV1 transferContract(UUID clientId, LocalDate expiry) {
        return new ContractSignedV1(UUID.randomUUID(), clientId, "Client " + clientId, UUID.randomUUID(),
                List.of(Standard.ISO_IEC_20000_1_2018), SCOPE, SITES,
                List.of(new PlannedAuditDays(AuditType.SURVEILLANCE, SURVEILLANCE_DAYS),
                        new PlannedAuditDays(AuditType.SURVEILLANCE, SURVEILLANCE_DAYS),
                        new PlannedAuditDays(AuditType.RECERTIFICATION, RECERTIFICATION_DAYS)),
                List.of(), SIGNED_AT, new TransferredCertificate(TRANSFERRED_NUMBER, TRANSFERRED_FROM, expiry, 1,
                        "one minor nonconformity open, its corrective action plan accepted", null, null), null);
    }

    /** A certified client adding its cloud services (ISO/IEC TR 20000-9) on {@code signedOn}. */
    public static ContractSignedV1 cloudExtensionContract(UUID clientId, CloudExtension how, LocalDate signedOn) {
        return new ContractSignedV1(UUID.randomUUID(), clientId, "Client " + clientId, UUID.randomUUID(),
                List.of(Standard.ISO_IEC_20000_1_2018, Standard.ISO_IEC_TR_20000_9_2015), SCOPE, SITES,
                List.of(new PlannedAuditDays(AuditType.CLOUD_EXTENSION, CLOUD_DAYS)), List.of(),
                signedOn.atTime(9, 0).toInstant(ZoneOffset.UTC), null, how);
    }

    /** The certificate decided on a pre-transfer review: it names no audit or programme and keeps the expiry. */
    public static CertificateIssuedV1 transferredCertificateIssued(UUID clientId, LocalDate decisionDate,
                                                                   LocalDate expiry) {
        return new CertificateIssuedV1(UUID.randomUUID(), "CB-" + decisionDate.getYear() + "-000002", 1, clientId,
                "Client " + clientId, Standard.ISO_IEC_20000_1_2018, SCOPE, SITES, UUID.randomUUID(), null, null,
                decisionDate, expiry.plusDays(1).minusYears(3), decisionDate, expiry,
                decisionDate.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The cloud certificate decided on an audit of the base certificate's programme; it falls with the base one. */
    public static CertificateIssuedV1 cloudCertificateIssued(CertificateIssuedV1 base, UUID programmeId,
                                                             UUID auditId, LocalDate decisionDate) {
        return new CertificateIssuedV1(UUID.randomUUID(), base.number() + "-C", 1, base.clientId(),
                base.holderName(), Standard.ISO_IEC_TR_20000_9_2015, SCOPE, SITES, UUID.randomUUID(), auditId,
                programmeId, decisionDate, decisionDate, decisionDate, base.expiryDate(),
                decisionDate.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public static CertificateIssuedV1 certificateIssued(UUID programmeId, UUID clientId, UUID stage2Id,
                                                        LocalDate decisionDate) {
        return new CertificateIssuedV1(UUID.randomUUID(), "CB-" + decisionDate.getYear() + "-000001", 1, clientId,
                "Client " + clientId, Standard.ISO_IEC_20000_1_2018, SCOPE, SITES, UUID.randomUUID(), stage2Id,
                programmeId, decisionDate, decisionDate, decisionDate, decisionDate.plusYears(3).minusDays(1),
                decisionDate.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public static CertificateRenewedV1 certificateRenewed(CertificateIssuedV1 issued, UUID programmeId,
                                                          UUID recertificationId, LocalDate decisionDate) {
        return new CertificateRenewedV1(issued.certificateId(), issued.number(), issued.revision() + 1,
                issued.clientId(), issued.holderName(), issued.standard(), issued.scope(), issued.sites(),
                UUID.randomUUID(), recertificationId, programmeId, decisionDate, issued.originalCertificationDate(),
                decisionDate, decisionDate.plusYears(3).minusDays(1),
                decisionDate.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public static CertificateSuspendedV1 certificateSuspended(CertificateIssuedV1 issued, LocalDate suspendedOn) {
        return certificateSuspended(issued, suspendedOn, "MISSED_SURVEILLANCE");
    }

    /** Suspended for {@code reason} for the longest time allowed, 6 months. */
    public static CertificateSuspendedV1 certificateSuspended(CertificateIssuedV1 issued, LocalDate suspendedOn,
                                                              String reason) {
        return new CertificateSuspendedV1(issued.certificateId(), issued.number(), issued.clientId(), reason,
                suspendedOn, suspendedOn.plusMonths(6), UUID.randomUUID());
    }

    public static CertificateReinstatedV1 certificateReinstated(CertificateIssuedV1 issued, LocalDate reinstatedOn) {
        return new CertificateReinstatedV1(issued.certificateId(), issued.number(), issued.clientId(), reinstatedOn,
                issued.expiryDate(), UUID.randomUUID());
    }

    public static CertificateWithdrawnV1 certificateWithdrawn(CertificateIssuedV1 issued, LocalDate withdrawnOn) {
        return new CertificateWithdrawnV1(issued.certificateId(), issued.number(), issued.clientId(),
                "suspension not lifted within 6 months", withdrawnOn, UUID.randomUUID());
    }

    public static CertificateExpiringV1 certificateExpiring(CertificateIssuedV1 issued, int daysBeforeExpiry) {
        return new CertificateExpiringV1(issued.certificateId(), issued.number(), issued.clientId(),
                issued.expiryDate(), daysBeforeExpiry, issued.expiryDate().minusDays(daysBeforeExpiry));
    }

    public static CertificateExpiredV1 certificateExpired(CertificateIssuedV1 issued) {
        return new CertificateExpiredV1(issued.certificateId(), issued.number(), issued.clientId(),
                issued.expiryDate(), issued.expiryDate().plusDays(1));
    }

    /** The certificate's next revision, with this scope and these sites, issued on {@code issuedOn}. */
    public static CertificateRevisedV1 certificateRevised(CertificateIssuedV1 issued, String scope, List<Site> sites,
                                                          LocalDate issuedOn) {
        return new CertificateRevisedV1(issued.certificateId(), issued.number(), issued.revision() + 1,
                issued.revision(), issued.clientId(), issued.holderName(), "SCOPE_EXTENSION", scope, sites, issuedOn,
                issued.expiryDate(), issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC), UUID.randomUUID());
    }

    public static AuditCompletedV1 auditCompleted(UUID auditId, UUID programmeId, UUID clientId, LocalDate lastDayOnSite) {
        return auditCompleted(auditId, programmeId, clientId, lastDayOnSite, AuditType.STAGE_1,
                Recommendation.CONTINUE, 0);
    }

    public static AuditCompletedV1 auditCompleted(UUID auditId, UUID programmeId, UUID clientId,
                                                  LocalDate lastDayOnSite, AuditType type,
                                                  Recommendation recommendation, int openMajorNonconformities) {
        return new AuditCompletedV1(auditId, programmeId, clientId, "Client " + clientId, type,
                List.of(Standard.ISO_IEC_20000_1_2018), SCOPE, SITES, List.of(),
                Map.of(FindingGrade.OBSERVATION, 2), openMajorNonconformities, lastDayOnSite, recommendation,
                lastDayOnSite.atStartOfDay().toInstant(ZoneOffset.UTC), null, null, null, null);
    }

    private TestEvents() {
    }
}
