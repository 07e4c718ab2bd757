package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.model.AuditType;
import io.opencert.scheduling.impartiality.ConsultancyRepository;
import io.opencert.scheduling.rules.Impartiality;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the certificate's fate does to its audit programme. Runs inside the inbox transaction of
 * {@link io.opencert.commons.inbox.EventConsumer}, so each reaction and its cancellations commit together.
 */
@ApplicationScoped
public class CertificateReactions {
    private static final String PROGRAMME = "AuditProgramme";

    private final ProgrammeRepository programmes;
    private final ConsultancyRepository consultancies;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;

    CertificateReactions(ProgrammeRepository programmes, ConsultancyRepository consultancies, Outbox outbox,
                         ChangeLog changeLog, Clock clock) {
        this.programmes = programmes;
        this.consultancies = consultancies;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Booked audits from the suspension day on are cancelled and, like the unbooked ones, wait for the
     * reinstatement; audits already under way go on. The missed surveillance a suspension is for stays open for
     * booking until the suspension ends, since holding it is what lifts the suspension.
     */
    public Uni<Void> onSuspended(CertificateSuspendedV1 suspension, String actor) {
        return programmes.maintaining(suspension.certificateId()).flatMap(cycles -> each(cycles, programme -> {
            boolean suspended = programme.suspendCertificate();
            Optional<PlannedAudit> lifting = programme.keepAuditLiftingSuspension(suspension.reason(),
                    suspension.suspendedOn(), suspension.suspendedUntil());
            List<PlannedAudit> waiting = stoppable(programme, suspension.suspendedOn())
                    .filter(audit -> lifting.isEmpty() || audit != lifting.get())
                    .toList();
            String why = "certificate " + suspension.number() + " suspended (" + suspension.reason() + ")"
                    + lifting.map(audit -> "; the surveillance due by " + audit.dueBy
                            + " stays open for booking until " + suspension.suspendedUntil()).orElse("");
            return !suspended && lifting.isEmpty() && waiting.isEmpty() ? Uni.createFrom().voidItem()
                    : stopAudits(programme, waiting, CancellationReason.CERTIFICATE_SUSPENDED, PlannedAudit::hold,
                            actor, why);
        }));
    }

    /** A withdrawn certificate needs no more audits: the future ones are cancelled for good. */
    public Uni<Void> onWithdrawn(CertificateWithdrawnV1 withdrawal, String actor) {
        return programmes.maintaining(withdrawal.certificateId()).flatMap(cycles -> each(cycles, programme -> {
            boolean withdrawn = programme.withdrawCertificate();
            List<PlannedAudit> ending = stoppable(programme, withdrawal.withdrawnOn()).toList();
            return !withdrawn && ending.isEmpty() ? Uni.createFrom().voidItem()
                    : stopAudits(programme, ending, CancellationReason.CERTIFICATE_WITHDRAWN, PlannedAudit::cancel,
                            actor, "certificate " + withdrawal.number() + " withdrawn (" + withdrawal.reason() + ")");
        }));
    }

    /**
     * The held audits are due again in their windows, for the planners to book; a surveillance that was to lift the
     * suspension keeps to its window's rules again.
     */
    public Uni<Void> onReinstated(CertificateReinstatedV1 reinstatement, String actor) {
        return programmes.maintaining(reinstatement.certificateId()).flatMap(cycles -> each(cycles, programme -> {
            List<PlannedAudit> resumed = programme.audits.stream()
                    .filter(audit -> audit.status == PlannedAuditStatus.ON_HOLD || audit.liftsSuspension())
                    .toList();
            if (!programme.reinstateCertificate() && resumed.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            long held = resumed.stream().filter(audit -> audit.status == PlannedAuditStatus.ON_HOLD).count();
            resumed.forEach(PlannedAudit::replan);
            return programmes.markChanged(programme)
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "REPLANNED", "certificate "
                            + reinstatement.number() + " reinstated on " + reinstatement.reinstatedOn() + ": "
                            + held + " audit(s) planned again"));
        }));
    }

    /**
     * A recertification decision opens the next cycle under the same contract: its surveillance audits and
     * recertification follow from the new decision and expiry dates by the same rules as the first certificate's,
     * and its excluded auditors from the impartiality register on the decision date.
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
                return consultancies.ofClient(ended.clientId).flatMap(known -> {
                    List<String> excluded = Impartiality.consultantsOn(known, renewal.decisionDate());
                    ended.endByRenewal();
                    AuditProgramme next = ended.nextCycle(renewal.holderName(), renewal.scope(), renewal.sites(),
                            excluded, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    next.planCycle(renewal.certificateId(), renewal.decisionDate(), renewal.expiryDate());
                    return programmes.persist(next)
                            .call(() -> changeLog.record(actor, PROGRAMME, next.id, "CREATED", "cycle " + next.cycle
                                    + " of contract " + next.contractId + ": certificate " + renewal.number()
                                    + " renewed on " + renewal.decisionDate() + ", expires " + renewal.expiryDate()
                                    + "; 2 surveillance audits and the recertification planned; excluded by the "
                                    + "impartiality register on " + renewal.decisionDate() + ": "
                                    + (excluded.isEmpty() ? "nobody" : String.join(", ", excluded))))
                            .replaceWithVoid();
                });
            });
        });
    }

    /** An expired certificate is restored by a renewal, which opens a cycle of its own; this one has ended. */
    public Uni<Void> onExpired(CertificateExpiredV1 expiry, String actor) {
        return programmes.maintaining(expiry.certificateId()).flatMap(cycles -> each(cycles, programme ->
                recordIf(programme.expireCertificate(), actor, programme, "CERTIFICATE_EXPIRED", "certificate "
                        + expiry.number() + " expired on " + expiry.expiredOn())));
    }

    /**
     * A new revision of the certificate (its scope extended or reduced, an address changed): the live cycle's audits
     * are announced with its scope and sites from now on.
     */
    public Uni<Void> onRevised(CertificateRevisedV1 revision, String actor) {
        return programmes.maintaining(revision.certificateId()).flatMap(cycles -> each(cycles, programme ->
                recordIf(programme.reviseScope(revision.scope(), revision.sites()), actor, programme,
                        "SCOPE_REVISED", "certificate " + revision.number() + " revision " + revision.revision()
                                + " (" + revision.reason() + "): " + revision.sites().size() + " site(s), scope "
                                + revision.scope())));
    }

    private Uni<Void> recordIf(boolean changed, String actor, AuditProgramme programme, String action, String what) {
        return changed ? changeLog.record(actor, PROGRAMME, programme.id, action, what) : Uni.createFrom().voidItem();
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

    /** The audits not done yet, except those already under way on {@code from}. */
    private static Stream<PlannedAudit> stoppable(AuditProgramme programme, LocalDate from) {
        return programme.audits.stream()
                .filter(audit -> audit.status == PlannedAuditStatus.PLANNED
                        || audit.status == PlannedAuditStatus.ON_HOLD
                        || (audit.isBooked() && !audit.startDate.isBefore(from)));
    }

    private Uni<Void> stopAudits(AuditProgramme programme, List<PlannedAudit> affected, CancellationReason reason,
                                 Consumer<PlannedAudit> stop, String actor, String why) {
        List<PlannedAudit> booked = affected.stream().filter(PlannedAudit::isBooked).toList();
        affected.forEach(stop);
        return each(booked, audit -> outbox.record(Announcements.cancelled(audit, reason, clock.instant())))
                .call(() -> programmes.markChanged(programme))
                .call(() -> changeLog.record(actor, PROGRAMME, programme.id, reason.name(), why + ": "
                        + booked.size() + " booked audit(s) cancelled, " + affected.size() + " stopped"))
                .replaceWithVoid();
    }

    /** One after the other: a session does one thing at a time. */
    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> work) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(work)
                .collect().last()
                .replaceWithVoid();
    }
}
