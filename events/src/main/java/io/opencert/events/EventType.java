package io.opencert.events;

import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.NonconformitiesClosedV1;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
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
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event of the platform: its CloudEvents {@code type}, the topic it travels on and its payload record.
 * The JSON Schema of its data is the resource {@code schemas/<type>.json}, generated from the record; the topics,
 * headers and who sends and receives what are in {@code asyncapi.yaml} (see the module's README).
 */
public enum EventType {
    CLIENT_REGISTERED("cb.client.registered.v1", Topics.CLIENT, ClientRegisteredV1.class),
    CLIENT_UPDATED("cb.client.updated.v1", Topics.CLIENT, ClientUpdatedV1.class),
    QUOTATION_ISSUED("cb.client.quotation-issued.v1", Topics.CLIENT, QuotationIssuedV1.class),
    CONTRACT_SIGNED("cb.client.contract-signed.v1", Topics.CLIENT, ContractSignedV1.class),
    CONSULTANCY_RECORDED("cb.client.consultancy-recorded.v1", Topics.CLIENT, ConsultancyRecordedV1.class),
    AUDIT_SCHEDULED("cb.scheduling.audit-scheduled.v1", Topics.SCHEDULING, AuditScheduledV1.class),
    AUDIT_RESCHEDULED("cb.scheduling.audit-rescheduled.v1", Topics.SCHEDULING, AuditRescheduledV1.class),
    AUDIT_CANCELLED("cb.scheduling.audit-cancelled.v1", Topics.SCHEDULING, AuditCancelledV1.class),
    SURVEILLANCE_OVERDUE("cb.scheduling.surveillance-overdue.v1", Topics.SCHEDULING, SurveillanceOverdueV1.class),
    AUDITOR_LEFT("cb.scheduling.auditor-left.v1", Topics.SCHEDULING, AuditorLeftV1.class),
    AUDITOR_REGISTERED("cb.scheduling.auditor-registered.v1", Topics.SCHEDULING, AuditorRegisteredV1.class),
    AUDIT_COMPLETED("cb.audit.completed.v1", Topics.AUDIT, AuditCompletedV1.class),
    NONCONFORMITIES_CLOSED("cb.audit.nonconformities-closed.v1", Topics.AUDIT, NonconformitiesClosedV1.class),
    MAJOR_NONCONFORMITY_OVERDUE("cb.audit.major-nonconformity-overdue.v1", Topics.AUDIT,
            MajorNonconformityOverdueV1.class),
    STAGE_2_REPETITION_REQUIRED("cb.audit.stage-2-repetition-required.v1", Topics.AUDIT,
            Stage2RepetitionRequiredV1.class),
    NONCONFORMITY_RESPONSE_DUE("cb.audit.nonconformity-response-due.v1", Topics.AUDIT,
            NonconformityResponseDueV1.class),
    CERTIFICATE_ISSUED("cb.certificate.issued.v1", Topics.CERTIFICATE, CertificateIssuedV1.class),
    CERTIFICATE_RENEWED("cb.certificate.renewed.v1", Topics.CERTIFICATE, CertificateRenewedV1.class),
    CERTIFICATE_REVISED("cb.certificate.revised.v1", Topics.CERTIFICATE, CertificateRevisedV1.class),
    CERTIFICATE_EXPIRING("cb.certificate.expiring.v1", Topics.CERTIFICATE, CertificateExpiringV1.class),
    CERTIFICATE_SUSPENDED("cb.certificate.suspended.v1", Topics.CERTIFICATE, CertificateSuspendedV1.class),
    CERTIFICATE_REINSTATED("cb.certificate.reinstated.v1", Topics.CERTIFICATE, CertificateReinstatedV1.class),
    CERTIFICATE_WITHDRAWN("cb.certificate.withdrawn.v1", Topics.CERTIFICATE, CertificateWithdrawnV1.class),
    CERTIFICATE_EXPIRED("cb.certificate.expired.v1", Topics.CERTIFICATE, CertificateExpiredV1.class),
    COMPLAINT_RECEIVED("cb.certificate.complaint-received.v1", Topics.CERTIFICATE, ComplaintReceivedV1.class),
    COMPLAINT_ACKNOWLEDGED("cb.certificate.complaint-acknowledged.v1", Topics.CERTIFICATE, ComplaintAcknowledgedV1.class),
    COMPLAINT_INVESTIGATOR_ASSIGNED("cb.certificate.complaint-investigator-assigned.v1", Topics.CERTIFICATE, ComplaintInvestigatorAssignedV1.class),
    COMPLAINT_DECIDED("cb.certificate.complaint-decided.v1", Topics.CERTIFICATE, ComplaintDecidedV1.class),
    COMPLAINT_CLOSED("cb.certificate.complaint-closed.v1", Topics.CERTIFICATE, ComplaintClosedV1.class),
    APPEAL_LODGED("cb.certificate.appeal-lodged.v1", Topics.CERTIFICATE, AppealLodgedV1.class),
    APPEAL_ACKNOWLEDGED("cb.certificate.appeal-acknowledged.v1", Topics.CERTIFICATE, AppealAcknowledgedV1.class),
    APPEAL_INVESTIGATOR_ASSIGNED("cb.certificate.appeal-investigator-assigned.v1", Topics.CERTIFICATE, AppealInvestigatorAssignedV1.class),
    APPEAL_DECIDED("cb.certificate.appeal-decided.v1", Topics.CERTIFICATE, AppealDecidedV1.class),
    APPEAL_CLOSED("cb.certificate.appeal-closed.v1", Topics.CERTIFICATE, AppealClosedV1.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String type, String topic, Class<? extends EventPayload> payloadClass) {
        this.type = type;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** A consumer ignores types it does not know: hence Optional, not an exception. */
    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<? extends EventPayload> payloadClass) {
        return Arrays.stream(values()).filter(t -> t.payloadClass.equals(payloadClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event payload: " + payloadClass.getName()));
    }
}
