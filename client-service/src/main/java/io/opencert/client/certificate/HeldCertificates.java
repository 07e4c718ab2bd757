package io.opencert.client.certificate;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The clients' certificates as certificate-service announces them (cb.certificate-events). Each change runs inside
 * the inbox transaction of {@link io.opencert.commons.inbox.EventConsumer}, so it commits with the record that its
 * event was processed; a change that changes nothing (an older revision, a status change older than the known one)
 * leaves no trace.
 */
@ApplicationScoped
public class HeldCertificates {
    public static final String ENTITY = "HeldCertificate";

    private final HeldCertificateRepository certificates;
    private final ChangeLog changeLog;

    HeldCertificates(HeldCertificateRepository certificates, ChangeLog changeLog) {
        this.certificates = certificates;
        this.changeLog = changeLog;
    }

    /** The client's certificates here, in order of number. */
    public Uni<List<HeldCertificate>> ofClient(UUID clientId) {
        return certificates.ofClient(clientId);
    }

    public Uni<Void> onIssued(CertificateIssuedV1 issued, String source) {
        return change(issued.certificateId(), "issued", source,
                () -> HeldCertificate.issued(issued.certificateId(), issued.clientId(), issued.number(),
                        issued.revision(), issued.standard(), issued.decisionDate(), issued.expiryDate()),
                known -> known.issueArrived(issued.revision(), issued.standard(), issued.expiryDate()));
    }

    public Uni<Void> onRenewed(CertificateRenewedV1 renewed, String source) {
        return change(renewed.certificateId(), "renewed", source,
                () -> HeldCertificate.issued(renewed.certificateId(), renewed.clientId(), renewed.number(),
                        renewed.revision(), renewed.standard(), renewed.decisionDate(), renewed.expiryDate()),
                known -> known.renewed(renewed.revision(), renewed.standard(), renewed.decisionDate(),
                        renewed.expiryDate()));
    }

    /** A new revision: scope, sites or address changed; status and dates stay. */
    public Uni<Void> onRevised(CertificateRevisedV1 revised, String source) {
        return change(revised.certificateId(), "revised", source,
                () -> {
                    // only an active certificate is revised (a scope reduction ends a suspension first)
                    HeldCertificate first = HeldCertificate.changed(revised.certificateId(), revised.clientId(),
                            revised.number(), CertificateStatus.ACTIVE, revised.issueDate(), null);
                    first.revised(revised.revision(), revised.expiryDate());
                    return first;
                },
                known -> known.revised(revised.revision(), revised.expiryDate()));
    }

    public Uni<Void> onSuspended(CertificateSuspendedV1 suspended, String source) {
        return change(suspended.certificateId(), "suspended", source,
                () -> HeldCertificate.changed(suspended.certificateId(), suspended.clientId(), suspended.number(),
                        CertificateStatus.SUSPENDED, suspended.suspendedOn(), null),
                known -> known.suspended(suspended.suspendedOn()));
    }

    public Uni<Void> onReinstated(CertificateReinstatedV1 reinstated, String source) {
        return change(reinstated.certificateId(), "reinstated", source,
                () -> HeldCertificate.changed(reinstated.certificateId(), reinstated.clientId(), reinstated.number(),
                        CertificateStatus.ACTIVE, reinstated.reinstatedOn(), reinstated.expiryDate()),
                known -> known.reinstated(reinstated.reinstatedOn(), reinstated.expiryDate()));
    }

    public Uni<Void> onWithdrawn(CertificateWithdrawnV1 withdrawn, String source) {
        return change(withdrawn.certificateId(), "withdrawn", source,
                () -> HeldCertificate.changed(withdrawn.certificateId(), withdrawn.clientId(), withdrawn.number(),
                        CertificateStatus.WITHDRAWN, withdrawn.withdrawnOn(), null),
                known -> known.withdrawn(withdrawn.withdrawnOn()));
    }

    public Uni<Void> onExpired(CertificateExpiredV1 expired, String source) {
        return change(expired.certificateId(), "expired", source,
                () -> HeldCertificate.changed(expired.certificateId(), expired.clientId(), expired.number(),
                        CertificateStatus.EXPIRED, expired.expiredOn(), expired.expiryDate()),
                known -> known.expired(expired.expiredOn(), expired.expiryDate()));
    }

    /** Applies the change to the known certificate, or keeps the certificate it tells of; records what it became. */
    private Uni<Void> change(UUID certificateId, String action, String source, Supplier<HeldCertificate> unknown,
                             Predicate<HeldCertificate> change) {
        return certificates.findById(certificateId).flatMap(known -> {
            if (known == null) {
                HeldCertificate first = unknown.get();
                return certificates.persist(first).flatMap(ignored -> record(source, first, action));
            }
            return change.test(known) ? record(source, known, action) : Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> record(String source, HeldCertificate certificate, String action) {
        return changeLog.record(source, ENTITY, certificate.certificateId(), action,
                "certificate " + certificate + " of client " + certificate.clientId());
    }
}
