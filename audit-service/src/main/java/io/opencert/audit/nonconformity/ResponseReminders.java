package io.opencert.audit.nonconformity;

import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditRepository;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.nonconformity.dto.ResponseRemindersRun;
import io.opencert.audit.nonconformity.dto.ResponseRemindersRun.RemindedAudit;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.model.DueNonconformity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reminds the client, daily, of its answers to nonconformities due within {@code cb.audit.response-reminder-days}:
 * one NonconformityResponseDue per audit with the nonconformities of a completed audit that still await the answer
 * (never answered, or returned by the team), each nonconformity once per due date.
 */
@ApplicationScoped
public class ResponseReminders {
    private final ResponseReminderRecords records;
    private final FindingRepository findings;
    private final AuditRepository audits;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int days;

    ResponseReminders(ResponseReminderRecords records, FindingRepository findings, AuditRepository audits,
                      Outbox outbox, ChangeLog changeLog, Clock clock,
                      @ConfigProperty(name = "cb.audit.response-reminder-days") int days) {
        this.records = records;
        this.findings = findings;
        this.audits = audits;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
        this.days = days;
    }

    /** The reminders, their events and the change log commit together. */
    @WithTransaction
    public Uni<ResponseRemindersRun> run(String actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return records.due(today, today.plusDays(days)).flatMap(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<RemindedAudit>of())
                        : findings.list("id in ?1", ids).flatMap(due -> remindEach(byAudit(due, ids), today, now, actor)))
                .map(reminded -> new ResponseRemindersRun(today, reminded));
    }

    /** The findings by audit, in the order the query gave their ids. */
    private static Map<UUID, List<Finding>> byAudit(List<Finding> due, List<UUID> order) {
        Map<UUID, Finding> byId = new LinkedHashMap<>();
        due.forEach(finding -> byId.put(finding.id(), finding));
        Map<UUID, List<Finding>> byAudit = new LinkedHashMap<>();
        order.stream().map(byId::get).filter(Objects::nonNull)
                .forEach(finding -> byAudit.computeIfAbsent(finding.auditId(), audit -> new ArrayList<>()).add(finding));
        return byAudit;
    }

    private Uni<List<RemindedAudit>> remindEach(Map<UUID, List<Finding>> byAudit, LocalDate today, Instant now,
                                                String actor) {
        return audits.list("id in ?1", byAudit.keySet()).flatMap(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(audit -> remind(audit, byAudit.get(audit.id()), today, now, actor))
                .filter(Objects::nonNull)
                .collect().asList());
    }

    /** Null when another run or replica reminded of every one of them first. */
    private Uni<RemindedAudit> remind(Audit audit, List<Finding> due, LocalDate today, Instant now, String actor) {
        return Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(finding -> records.record(finding.id(), finding.responseDue(),
                        audit.id(), today, actor).map(recorded -> recorded ? finding : null))
                .filter(Objects::nonNull)
                .map(finding -> new DueNonconformity(finding.id(), finding.grade(), finding.clause(),
                        finding.responseDue()))
                .collect().asList()
                .flatMap(reminded -> reminded.isEmpty() ? Uni.createFrom().nullItem() : outbox
                        .record(new NonconformityResponseDueV1(audit.id(), audit.clientId(), audit.clientName(),
                                audit.type(), reminded, now))
                        .call(() -> changeLog.record(actor, AuditService.ENTITY, audit.id(),
                                "nonconformity-response-reminded", reminded.size()
                                        + " nonconformity(ies) to answer soon: " + reminded.stream()
                                        .map(nc -> nc.clause() + " by " + nc.responseDue()).toList()))
                        .map(eventId -> new RemindedAudit(audit.id(), audit.clientId(), reminded)));
    }
}
