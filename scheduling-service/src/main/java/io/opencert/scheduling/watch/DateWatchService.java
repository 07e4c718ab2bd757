package io.opencert.scheduling.watch;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.scheduling.watch.DateWatchRepository.Overdue;
import io.opencert.scheduling.watch.dto.DateWatchRun;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Watches the due dates every day: audits whose window closes within the reminder period without a booking go on
 * the planners' reminder list, and each surveillance audit not completed by its due date is reported overdue once
 * (SurveillanceOverdue, on which the certificate service suspends the certificate).
 */
@ApplicationScoped
public class DateWatchService {
    private static final String PLANNED_AUDIT = "PlannedAudit";

    private final DateWatchRepository watch;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int reminderDays;

    DateWatchService(DateWatchRepository watch, Outbox outbox, ChangeLog changeLog, Clock clock,
                     @ConfigProperty(name = "cb.scheduling.reminder-days") int reminderDays) {
        this.watch = watch;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    /** The reminders, the overdue records and their events commit together. */
    @WithTransaction
    public Uni<DateWatchRun> run(String actor) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return watch.raiseReminders(today, today.plusDays(reminderDays))
                .flatMap(reminders -> watch.recordOverdueSurveillance(today)
                        .call(overdue -> Multi.createFrom().iterable(overdue)
                                .onItem().transformToUniAndConcatenate(audit -> report(audit, now, actor))
                                .collect().last())
                        .map(overdue -> new DateWatchRun(today, reminders, overdue)));
    }

    private Uni<Void> report(Overdue audit, Instant now, String actor) {
        return outbox.record(new SurveillanceOverdueV1(audit.auditId(), audit.programmeId(), audit.clientId(),
                        audit.certificateId(), audit.dueBy(), now))
                .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.auditId(), "SURVEILLANCE_OVERDUE",
                        "surveillance due by " + audit.dueBy() + " not completed"))
                .replaceWithVoid();
    }
}
