package io.opencert.scheduling.planning;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.opencert.scheduling.auditor.Auditor;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.auditor.CalendarTokenRepository;
import io.opencert.scheduling.auditor.dto.AuditorDepartureRequest;
import io.opencert.scheduling.auditor.dto.AuditorView;
import io.opencert.scheduling.calendar.AuditorCalendar;
import io.opencert.scheduling.programme.BookedAudit;
import io.opencert.scheduling.programme.PlannedAuditRepository;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An auditor leaves the certification body. Their audits from the day they leave must have another team first (the
 * programme must stay staffed, ISO/IEC 17021-1 9.1.3); from that day no team takes them, and the address of their
 * calendar feed, which shows clients' names and audit dates, no longer answers. AuditorLeft tells audit-service, which
 * refuses them their audits from that day.
 */
@ApplicationScoped
public class AuditorDeparture {
    private static final String ENTITY = "Auditor";

    private final AuditorRepository auditors;
    private final PlannedAuditRepository plannedAudits;
    private final CalendarTokenRepository calendarTokens;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;

    AuditorDeparture(AuditorRepository auditors, PlannedAuditRepository plannedAudits,
                     CalendarTokenRepository calendarTokens, Outbox outbox, ChangeLog changeLog, Clock clock) {
        this.auditors = auditors;
        this.plannedAudits = plannedAudits;
        this.calendarTokens = calendarTokens;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AuditorView> leave(UUID auditorId, AuditorDepartureRequest departure, String actor) {
        return auditors.findById(auditorId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Auditor " + auditorId + " not found."))
                .call(auditor -> plannedAudits.bookedFor(auditor.username).invoke(booked ->
                        refuseWhileBooked(auditor, booked, departure.leftOn())))
                .invoke(auditor -> auditor.leave(departure.leftOn(), departure.reason()))
                .call(auditor -> auditor.hasLeftBy(LocalDate.now(clock))
                        ? calendarTokens.deleteById(auditor.id) : Uni.createFrom().voidItem())
                .call(auditor -> outbox.record(new AuditorLeftV1(auditor.id, auditor.username, auditor.leftOn(),
                        clock.instant())))
                .call(auditor -> changeLog.record(actor, ENTITY, auditor.id, "LEFT", auditor.username
                        + " leaves the certification body on " + departure.leftOn() + ": " + departure.reason()))
                .map(AuditorView::of);
    }

    private static void refuseWhileBooked(Auditor auditor, List<BookedAudit> booked, LocalDate leftOn) {
        List<BookedAudit> after = booked.stream().filter(audit -> !audit.endDate().isBefore(leftOn)).toList();
        if (!after.isEmpty()) {
            throw new RuleViolation(ProgrammeRule.AUDITOR_STILL_BOOKED, auditor.username + " is on the team of "
                    + after.stream().map(audit -> AuditorCalendar.words(audit.type()) + " of " + audit.clientName() + " from "
                            + audit.startDate()).collect(Collectors.joining(", "))
                    + ", ending on or after " + leftOn + "; book another team first.");
        }
    }
}
