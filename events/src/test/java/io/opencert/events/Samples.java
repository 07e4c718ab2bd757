package io.opencert.events;

import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.certificate.ComplaintReceivedV1;
import io.opencert.events.certificate.ComplaintAcknowledgedV1;
import io.opencert.events.certificate.ComplaintInvestigatorAssignedV1;
import io.opencert.events.certificate.ComplaintDecidedV1;
import io.opencert.events.certificate.ComplaintClosedV1;
import io.opencert.events.certificate.AppealLodgedV1;
import io.opencert.events.certificate.AppealAcknowledgedV1;
import io.opencert.events.certificate.AppealInvestigatorAssignedV1;
import io.opencert.events.certificate.AppealDecidedV1;
import io.opencert.events.certificate.AppealClosedV1;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Contact;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.OverdueNonconformity;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic payload per event type: one client through one certification cycle. */
public final class Samples {
    private static final UUID CLIENT = UUID.fromString("c1a00000-0000-4000-8000-000000000001");
    private static final DueNonconformity DUE_NONCONFORMITY = new DueNonconformity(
            UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), FindingGrade.MINOR_NONCONFORMITY, "8.2.6",
            LocalDate.parse("2025-06-13"));
    private static final UUID QUOTATION = UUID.fromString("9f1c2a3e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    private static final UUID CONTRACT = UUID.fromString("3b9d6c1e-2f4a-4b8c-9d0e-1f2a3b4c5d6e");
    private static final UUID PROGRAMME = UUID.fromString("7e2f4a6b-8c0d-4e1f-a2b3-c4d5e6f7a8b9");
    private static final UUID AUDIT = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID SURVEILLANCE_AUDIT = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    private static final UUID DECISION = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a");
    private static final UUID CERTIFICATE = UUID.fromString("e8f9a0b1-c2d3-4e4f-8a5b-6c7d8e9f0a1b");
    private static final String NAME = "Nordlicht IT-Services GmbH";
    private static final UUID COMPLAINT = UUID.fromString("5c0a1e2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d");
    private static final UUID APPEAL = UUID.fromString("a9be4a1c-2d3e-4f5a-8b6c-7d8e9f0a1b2c");
    private static final String COMPLAINANT = "Maria Beispiel";
    private static final String COMPLAINANT_EMAIL = "maria.beispiel@example.org";
    private static final String SCOPE = "Operation of managed hosting and 24/7 service desk services for business customers";
    private static final List<Site> SITES = List.of(
            new Site(UUID.fromString("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"), "Head office", "Hamburg", "DE", true, 140),
            new Site(UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"), "Data centre", "Frankfurt am Main", "DE", false, 35));
    /** The sites a multi-site audit covers; its sample, {@link #SITES}, visits two of them. */
    private static final List<Site> COVERED_SITES = List.of(SITES.get(0), SITES.get(1),
            new Site(UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"), "Service desk", "Leipzig", "DE", false, 20));
    private static final List<Standard> STANDARDS = List.of(Standard.ISO_IEC_20000_1_2018);
    private static final List<TeamMember> TEAM = List.of(
            new TeamMember("auditor1", "Anna Berger", TeamRole.LEAD_AUDITOR),
            new TeamMember("auditor2", "Jonas Keller", TeamRole.AUDITOR));

    public static EventPayload of(EventType type) {
        return switch (type) {
            case CLIENT_REGISTERED -> new ClientRegisteredV1(CLIENT, NAME, "HRB 123456", "Hamburg", "DE", 175, SCOPE,
                    Instant.parse("2025-01-13T09:15:42.318Z"),
                    List.of(new Contact("Jana Novak", "SMS manager", "jana.novak@nordic-cloud.example")));
            case CLIENT_UPDATED -> new ClientUpdatedV1(CLIENT, NAME, "HRB 123456", "Hamburg", "DE", 182, SCOPE,
                    Instant.parse("2025-02-03T14:02:10Z"), List.of(new Contact("Jana Novak", "SMS manager",
                    "jana.novak@nordic-cloud.example"), new Contact("Ole Berg", null, "ole.berg@nordic-cloud.example")));
            case QUOTATION_ISSUED -> new QuotationIssuedV1(QUOTATION, CLIENT, 2, new BigDecimal("18450.00"), "EUR",
                    LocalDate.parse("2025-03-31"), Instant.parse("2025-02-04T10:30:00Z"));
            case CONSULTANCY_RECORDED -> new ConsultancyRecordedV1(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
                    CLIENT, "auditor7", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-09-30"),
                    Instant.parse("2025-05-02T09:30:00Z"));
            case CONTRACT_SIGNED -> new ContractSignedV1(CONTRACT, CLIENT, NAME, QUOTATION, STANDARDS, SCOPE, SITES,
                    List.of(new PlannedAuditDays(AuditType.STAGE_1, new BigDecimal("1.5")),
                            new PlannedAuditDays(AuditType.STAGE_2, new BigDecimal("4")),
                            new PlannedAuditDays(AuditType.SURVEILLANCE, new BigDecimal("2.5")),
                            new PlannedAuditDays(AuditType.RECERTIFICATION, new BigDecimal("3.5"))),
                    List.of("auditor3"), Instant.parse("2025-02-17T16:45:00Z"), null, null, List.of("IT-HOSTING"));
            case AUDIT_SCHEDULED -> new AuditScheduledV1(AUDIT, PROGRAMME, CLIENT, NAME, AuditType.STAGE_2, STANDARDS,
                    SCOPE, SITES, LocalDate.parse("2025-05-12"), LocalDate.parse("2025-05-15"), new BigDecimal("4"), TEAM,
                    Instant.parse("2025-03-03T08:00:00Z"), COVERED_SITES);
            case AUDIT_RESCHEDULED -> new AuditRescheduledV1(AUDIT, PROGRAMME, CLIENT, LocalDate.parse("2025-05-19"),
                    LocalDate.parse("2025-05-22"), new BigDecimal("4"), TEAM, "Client's data centre closed for maintenance",
                    Instant.parse("2025-04-28T09:30:00Z"));
            case AUDIT_CANCELLED -> new AuditCancelledV1(AUDIT, PROGRAMME, CLIENT, "CERTIFICATE_WITHDRAWN",
                    Instant.parse("2026-12-23T00:05:00Z"));
            case SURVEILLANCE_OVERDUE -> new SurveillanceOverdueV1(AUDIT, PROGRAMME, CLIENT, CERTIFICATE,
                    LocalDate.parse("2026-06-19"), Instant.parse("2026-06-20T00:05:00Z"));
            case AUDITOR_LEFT -> new AuditorLeftV1(UUID.fromString("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"), "auditor2",
                    LocalDate.parse("2026-10-01"), Instant.parse("2026-09-14T10:20:00Z"));
            case AUDITOR_REGISTERED -> new AuditorRegisteredV1(UUID.fromString("a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"),
                    "auditor2", "Ben Auditor", "ben.auditor@opencert.example", Instant.parse("2025-01-08T09:00:00Z"));
            case AUDIT_COMPLETED -> new AuditCompletedV1(AUDIT, PROGRAMME, CLIENT, NAME, AuditType.STAGE_2, STANDARDS,
                    SCOPE, SITES, TEAM, Map.of(FindingGrade.MINOR_NONCONFORMITY, 2, FindingGrade.OBSERVATION, 5,
                            FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, 3, FindingGrade.STRENGTH, 1),
                    0, LocalDate.parse("2025-05-15"), Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE,
                    Instant.parse("2025-05-23T11:20:00Z"), COVERED_SITES, Map.of(SITES.get(1).siteId(), 2), 1,
                    List.of(DUE_NONCONFORMITY));
            case NONCONFORMITIES_CLOSED -> new NonconformitiesClosedV1(AUDIT, PROGRAMME, CLIENT, AuditType.STAGE_2, 2,
                    LocalDate.parse("2025-06-16"), Instant.parse("2025-06-16T15:05:00Z"));
            case MAJOR_NONCONFORMITY_OVERDUE -> new MajorNonconformityOverdueV1(SURVEILLANCE_AUDIT, PROGRAMME, CLIENT,
                    NAME, AuditType.SURVEILLANCE, STANDARDS, List.of(new OverdueNonconformity(
                            UUID.fromString("f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c"), "8.7.2",
                            "No service continuity plan was tested since the 2025 audit; the data centre failover "
                                    + "test of March 2026 was cancelled without a new date.", "ACCEPTED")),
                    LocalDate.parse("2026-08-18"), Instant.parse("2026-08-19T01:15:00Z"));
            case NONCONFORMITY_RESPONSE_DUE -> new NonconformityResponseDueV1(AUDIT, CLIENT, NAME, AuditType.STAGE_2,
                    List.of(DUE_NONCONFORMITY), Instant.parse("2025-06-06T01:45:00Z"));
            case STAGE_2_REPETITION_REQUIRED -> new Stage2RepetitionRequiredV1(AUDIT, PROGRAMME, CLIENT, NAME, STANDARDS,
                    List.of(new OverdueNonconformity(UUID.fromString("0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e"), "8.5.1",
                            "Emergency changes are not reviewed after implementation; none of the 14 emergency changes "
                                    + "of 2025 has a review record.", "ACCEPTED")),
                    LocalDate.parse("2025-05-15"), LocalDate.parse("2025-11-15"), Instant.parse("2025-11-16T01:15:00Z"));
            case CERTIFICATE_ISSUED -> new CertificateIssuedV1(CERTIFICATE, "OC-20000-2025-0042", 0, CLIENT, NAME,
                    Standard.ISO_IEC_20000_1_2018, SCOPE, SITES, DECISION, AUDIT, PROGRAMME, LocalDate.parse("2025-06-20"),
                    LocalDate.parse("2025-06-20"), LocalDate.parse("2025-06-20"), LocalDate.parse("2028-06-19"),
                    Instant.parse("2025-06-20T13:37:00Z"));
            case CERTIFICATE_RENEWED -> new CertificateRenewedV1(CERTIFICATE, "OC-20000-2025-0042", 1, CLIENT, NAME,
                    Standard.ISO_IEC_20000_1_2018, SCOPE, SITES, DECISION, AUDIT, PROGRAMME, LocalDate.parse("2028-05-30"),
                    LocalDate.parse("2025-06-20"), LocalDate.parse("2028-05-30"), LocalDate.parse("2031-06-19"),
                    Instant.parse("2028-05-30T10:12:00Z"));
            case CERTIFICATE_REVISED -> new CertificateRevisedV1(CERTIFICATE, "OC-20000-2025-0042", 1, 0, CLIENT, NAME,
                    "SCOPE_CHANGE", SCOPE + " and cloud hosting", SITES, LocalDate.parse("2026-02-11"),
                    LocalDate.parse("2028-06-19"), Instant.parse("2026-02-11T09:40:00Z"), DECISION);
            case CERTIFICATE_EXPIRING -> new CertificateExpiringV1(CERTIFICATE, "OC-20000-2025-0042", CLIENT,
                    LocalDate.parse("2028-06-19"), 90, LocalDate.parse("2028-03-21"));
            case CERTIFICATE_SUSPENDED -> new CertificateSuspendedV1(CERTIFICATE, "OC-20000-2025-0042", CLIENT,
                    "MISSED_SURVEILLANCE", LocalDate.parse("2026-06-22"), LocalDate.parse("2026-12-22"), DECISION);
            case CERTIFICATE_REINSTATED -> new CertificateReinstatedV1(CERTIFICATE, "OC-20000-2025-0042", CLIENT,
                    LocalDate.parse("2026-08-14"), LocalDate.parse("2028-06-19"), DECISION);
            case CERTIFICATE_WITHDRAWN -> new CertificateWithdrawnV1(CERTIFICATE, "OC-20000-2025-0042", CLIENT,
                    "Suspended beyond 2026-12-22 without the surveillance audit being held",
                    LocalDate.parse("2026-12-23"), DECISION);
            case CERTIFICATE_EXPIRED -> new CertificateExpiredV1(CERTIFICATE, "OC-20000-2025-0042", CLIENT,
                    LocalDate.parse("2028-06-19"), LocalDate.parse("2028-06-20"));
            case COMPLAINT_RECEIVED -> new ComplaintReceivedV1(COMPLAINT, "C-2026-4F7Q2K", "CERTIFIED_CLIENT",
                    "OC-20000-2025-0042", CLIENT, COMPLAINANT, COMPLAINANT_EMAIL, Instant.parse("2026-09-01T08:12:00Z"),
                    LocalDate.parse("2026-09-06"), LocalDate.parse("2026-10-31"));
            case COMPLAINT_ACKNOWLEDGED -> new ComplaintAcknowledgedV1(COMPLAINT, "C-2026-4F7Q2K", COMPLAINANT,
                    COMPLAINANT_EMAIL, "office", Instant.parse("2026-09-02T09:00:00Z"), LocalDate.parse("2026-10-31"));
            case COMPLAINT_INVESTIGATOR_ASSIGNED -> new ComplaintInvestigatorAssignedV1(COMPLAINT, "C-2026-4F7Q2K",
                    "quality.manager", "office", Instant.parse("2026-09-03T10:00:00Z"));
            case COMPLAINT_DECIDED -> new ComplaintDecidedV1(COMPLAINT, "C-2026-4F7Q2K", COMPLAINANT, COMPLAINANT_EMAIL,
                    true, "A special audit of the certified client's incident management will be held in October.",
                    "head.of.certification", Instant.parse("2026-09-20T14:00:00Z"));
            case COMPLAINT_CLOSED -> new ComplaintClosedV1(COMPLAINT, "C-2026-4F7Q2K", "office",
                    Instant.parse("2026-09-21T08:00:00Z"));
            case APPEAL_LODGED -> new AppealLodgedV1(APPEAL, "A-2026-7H2M9X", CLIENT, DECISION, "Jonas Nordlicht",
                    "jonas@nordlicht.example", Instant.parse("2026-07-01T07:30:00Z"), LocalDate.parse("2026-07-06"),
                    LocalDate.parse("2026-08-30"));
            case APPEAL_ACKNOWLEDGED -> new AppealAcknowledgedV1(APPEAL, "A-2026-7H2M9X", CLIENT, "Jonas Nordlicht",
                    "jonas@nordlicht.example", "office", Instant.parse("2026-07-02T09:00:00Z"),
                    LocalDate.parse("2026-08-30"));
            case APPEAL_INVESTIGATOR_ASSIGNED -> new AppealInvestigatorAssignedV1(APPEAL, "A-2026-7H2M9X", CLIENT,
                    "quality.manager", "office", Instant.parse("2026-07-03T10:00:00Z"));
            case APPEAL_DECIDED -> new AppealDecidedV1(APPEAL, "A-2026-7H2M9X", CLIENT, DECISION, "Jonas Nordlicht",
                    "jonas@nordlicht.example", true, "The refusal is reconsidered by another decision-maker.",
                    "head.of.certification", Instant.parse("2026-07-20T14:00:00Z"),
                    UUID.fromString("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b"));
            case APPEAL_CLOSED -> new AppealClosedV1(APPEAL, "A-2026-7H2M9X", CLIENT, "office",
                    Instant.parse("2026-07-21T08:00:00Z"));
        };
    }

    private Samples() {
    }
}
