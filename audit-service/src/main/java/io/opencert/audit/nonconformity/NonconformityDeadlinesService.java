package io.opencert.audit.nonconformity;

import io.opencert.audit.Words;
import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.nonconformity.dto.NonconformityDeadlinesRun;
import io.opencert.audit.nonconformity.dto.NonconformityDeadlinesRun.OverdueAudit;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.OverdueNonconformity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks every day the major nonconformities of completed surveillance and recertification audits whose correction
 * deadline ({@link MajorCorrectionDeadline}) has passed: an audit with one not verified by the deadline is reported
 * once (MajorNonconformityOverdue, on which certificate-service opens a suspension decision). Each audit is checked by
 * the first run after its deadline only, as the outcome cannot change any more.
 */
@ApplicationScoped
public class NonconformityDeadlinesService {
    /** The length of the statement an overdue nonconformity carries in the event. */
    static final int SUMMARY_LENGTH = 200;

    private final MajorCorrectionCheckRepository checks;
    private final FindingRepository findings;
    private final MajorCorrectionDeadline rule;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;

    NonconformityDeadlinesService(MajorCorrectionCheckRepository checks, FindingRepository findings,
                                  MajorCorrectionDeadline rule, Outbox outbox, ChangeLog changeLog, Clock clock) {
        this.checks = checks;
        this.findings = findings;
        this.rule = rule;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The checks, their events and the change log commit together. */
    @WithTransaction
    public Uni<NonconformityDeadlinesRun> run(String actor) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return checks.unchecked(MajorCorrectionDeadline.AUDIT_TYPES, rule.latestLastDayOnSitePast(today))
                .flatMap(audits -> audits.isEmpty()
                        ? Uni.createFrom().item(new NonconformityDeadlinesRun(today, 0, List.of()))
                        : findings.majorNonconformitiesOf(audits.stream().map(Audit::id).toList())
                        .map(majors -> majors.stream().collect(Collectors.groupingBy(Finding::auditId)))
                        .flatMap(majors -> Multi.createFrom().iterable(audits)
                                .onItem().transformToUniAndConcatenate(audit ->
                                        check(audit, majors.getOrDefault(audit.id(), List.of()), today, now, actor))
                                .collect().asList())
                        .map(outcomes -> new NonconformityDeadlinesRun(today,
                                (int) outcomes.stream().filter(Outcome::checkedHere).count(),
                                outcomes.stream().map(Outcome::reported).filter(Objects::nonNull).toList())));
    }

    /**
     * What one run did with one audit: {@code checkedHere} unless another run checked it first; {@code reported}
     * when this run found it overdue and reported it, else null.
     */
    private record Outcome(boolean checkedHere, OverdueAudit reported) {
        static final Outcome CHECKED_BEFORE = new Outcome(false, null);
        static final Outcome IN_TIME = new Outcome(true, null);
    }

    private Uni<Outcome> check(Audit audit, List<Finding> majors, LocalDate today, Instant now, String actor) {
        LocalDate deadline = rule.deadline(audit.type(), FindingGrade.MAJOR_NONCONFORMITY, audit.lastDayOnSite())
                .orElseThrow();
        List<OverdueNonconformity> overdue = majors.stream()
                .filter(major -> rule.overdue(audit.type(), major.grade(), audit.lastDayOnSite(), major.verifiedOn(),
                        today))
                .map(major -> new OverdueNonconformity(major.id(), major.clause(),
                        Words.shortened(major.evidence(), SUMMARY_LENGTH), major.nonconformityStatus().name()))
                .toList();
        return checks.record(MajorCorrectionCheck.checked(audit.id(), deadline, !overdue.isEmpty(), today, actor,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .flatMap(recorded -> {
                    if (!recorded) {
                        return Uni.createFrom().item(Outcome.CHECKED_BEFORE);
                    }
                    if (overdue.isEmpty()) {
                        return Uni.createFrom().item(Outcome.IN_TIME);
                    }
                    return report(audit, deadline, overdue, now, actor).map(reported -> new Outcome(true, reported));
                });
    }

    private Uni<OverdueAudit> report(Audit audit, LocalDate deadline, List<OverdueNonconformity> overdue, Instant now,
                                     String actor) {
        return outbox.record(new MajorNonconformityOverdueV1(audit.id(), audit.programmeId(), audit.clientId(),
                        audit.clientName(), audit.type(), audit.standards(), overdue, deadline, now))
                .call(() -> changeLog.record(actor, AuditService.ENTITY, audit.id(), "major-nonconformity-overdue",
                        overdue.size() + " major nonconformity(ies) not verified by " + deadline + ": "
                                + overdue.stream().map(nc -> nc.clause() + " " + nc.status()).toList()))
                .map(eventId -> new OverdueAudit(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(),
                        audit.type(), deadline, overdue));
    }
}
