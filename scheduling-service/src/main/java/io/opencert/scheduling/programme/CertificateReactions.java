package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.AuditType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the certificate's fate does to its audit programme. Runs inside the inbox transaction of
 * {@link io.opencert.commons.inbox.EventConsumer}, so each reaction and its cancellations commit together.
 */
@ApplicationScoped
public class CertificateReactions {
    private static final String PROGRAMME = "AuditProgramme";

    private final ProgrammeRepository programmes;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;

    CertificateReactions(ProgrammeRepository programmes, Outbox outbox, ChangeLog changeLog, Clock clock) {
        this.programmes = programmes;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Booked audits from the suspension day on are cancelled and, like the unbooked ones, wait for the
     * reinstatement; audits already under way go on.
     */
    public Uni<Void> onSuspended(CertificateSuspendedV1 suspension, String actor) {
        return stopAudits(programmes.maintaining(suspension.certificateId()),
                suspension.suspendedOn(), CancellationReason.CERTIFICATE_SUSPENDED, PlannedAudit::hold, actor,
                "certificate " + suspension.number() + " suspended (" + suspension.reason() + ")");
    }

    /** A withdrawn certificate needs no more audits: the future ones are cancelled for good. */
    public Uni<Void> onWithdrawn(CertificateWithdrawnV1 withdrawal, String actor) {
        return stopAudits(programmes.maintaining(withdrawal.certificateId()),
                withdrawal.withdrawnOn(), CancellationReason.CERTIFICATE_WITHDRAWN, PlannedAudit::cancel, actor,
                "certificate " + withdrawal.number() + " withdrawn (" + withdrawal.reason() + ")");
    }

    /** The held audits are due again in their windows, for the planners to book. */
    public Uni<Void> onReinstated(CertificateReinstatedV1 reinstatement, String actor) {
        return programmes.maintaining(reinstatement.certificateId()).flatMap(cycles -> each(cycles, programme -> {
            List<PlannedAudit> held = programme.audits.stream()
                    .filter(audit -> audit.status == PlannedAuditStatus.ON_HOLD)
                    .toList();
            if (held.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            held.forEach(PlannedAudit::replan);
            return programmes.markChanged(programme)
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "REPLANNED", "certificate "
                            + reinstatement.number() + " reinstated on " + reinstatement.reinstatedOn() + ": "
                            + held.size() + " audit(s) planned again"));
        }));
    }

    /**
     * A recertification decision opens the next cycle under the same contract: its surveillance audits and
     * recertification follow from the new decision and expiry dates by the same rules as the first certificate's.
     */
    public Uni<Void> onRenewed(CertificateRenewedV1 renewal, String actor) {
        return programmes.findWithAudits(renewal.programmeId()).flatMap(found -> {
            AuditProgramme ended = found.orElseThrow(() -> new IllegalStateException("renewed certificate "
                    + renewal.number() + " names audit programme " + renewal.programmeId()
                    + ", which is unknown here"));
            return programmes.hasCycle(ended.contractId, ended.cycle + 1).flatMap(opened -> {
                if (opened) {
                    return Uni.createFrom().voidItem(); // the same renewal told twice
                }
                AuditProgramme next = ended.nextCycle(renewal.holderName(), renewal.scope(), renewal.sites(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                next.planCycle(renewal.certificateId(), renewal.decisionDate(), renewal.expiryDate());
                return programmes.persist(next)
                        .call(() -> changeLog.record(actor, PROGRAMME, next.id, "CREATED", "cycle " + next.cycle
                                + " of contract " + next.contractId + ": certificate " + renewal.number()
                                + " renewed on " + renewal.decisionDate() + ", expires " + renewal.expiryDate()
                                + "; 2 surveillance audits and the recertification planned"))
                        .replaceWithVoid();
            });
        });
    }

    /** A recertification still without dates goes to the top of the planners' list. */
    public Uni<Void> onExpiring(CertificateExpiringV1 notice, String actor) {
        return programmes.maintaining(notice.certificateId()).flatMap(cycles -> each(cycles, programme -> {
            List<PlannedAudit> unbooked = programme.audits.stream()
                    .filter(audit -> audit.type == AuditType.RECERTIFICATION)
                    .filter(audit -> audit.status == PlannedAuditStatus.PLANNED && !audit.urgent)
                    .toList();
            if (unbooked.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            unbooked.forEach(PlannedAudit::markUrgent);
            return programmes.markChanged(programme)
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "RECERTIFICATION_URGENT",
                            "certificate " + notice.number() + " expires on " + notice.expiryDate()
                                    + " and its recertification audit is not booked"));
        }));
    }

    private Uni<Void> stopAudits(Uni<List<AuditProgramme>> cycles, LocalDate from,
                                 CancellationReason reason, Consumer<PlannedAudit> stop, String actor, String why) {
        return cycles.flatMap(found -> each(found, programme -> {
            List<PlannedAudit> affected = programme.audits.stream()
                    .filter(audit -> audit.status == PlannedAuditStatus.PLANNED
                            || audit.status == PlannedAuditStatus.ON_HOLD
                            || (audit.isBooked() && !audit.startDate.isBefore(from)))
                    .toList();
            if (affected.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<PlannedAudit> booked = affected.stream().filter(PlannedAudit::isBooked).toList();
            affected.forEach(stop);
            return each(booked, audit -> outbox.record(Announcements.cancelled(audit, reason, clock.instant())))
                    .call(() -> programmes.markChanged(programme))
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, reason.name(), why + ": "
                            + booked.size() + " booked audit(s) cancelled, " + affected.size() + " stopped"))
                    .replaceWithVoid();
        }));
    }

    /** One after the other: a session does one thing at a time. */
    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> work) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(work)
                .collect().last()
                .replaceWithVoid();
    }
}
