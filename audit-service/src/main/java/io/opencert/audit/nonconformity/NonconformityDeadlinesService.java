package io.opencert.audit.nonconformity;

import io.opencert.audit.Words;
import io.opencert.audit.audit.Audit;
import io.opencert.audit.audit.AuditService;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.audit.nonconformity.Stage2Repetition.MajorNonconformity;
import io.opencert.audit.nonconformity.dto.NonconformityDeadlinesRun;
import io.opencert.audit.nonconformity.dto.NonconformityDeadlinesRun.OverdueAudit;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.events.EventPayload;
import io.opencert.events.audit.MajorNonconformityOverdueV1;
import io.opencert.events.audit.Stage2RepetitionRequiredV1;
import io.opencert.events.model.AuditType;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every day the major nonconformities of completed audits whose deadline has passed, and reports each audit
 * with one not verified by it once:
 * <ul>
 * <li>surveillance and recertification audits, by the correction deadline ({@link MajorCorrectionDeadline}):
 * MajorNonconformityOverdue, on which certificate-service opens a suspension decision;</li>
 * <li>stage 2 audits, by the 6-month rule ({@link Stage2Repetition}): Stage2RepetitionRequired, on which
 * certificate-service refuses the initial certification on that stage 2 and scheduling-service plans it again.</li>
 * </ul>
 * Each audit is checked by the first run after its deadline only, as the outcome cannot change any more.
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
                .flatMap(audits -> checkEach(audits, today, now, actor))
                .flatMap(corrections -> checks.unchecked(Set.of(AuditType.STAGE_2),
                                Stage2Repetition.latestLastDayOfStage2ToCheck(today))
                        .flatMap(audits -> checkEach(audits, today, now, actor))
                        .map(stage2s -> Stream.concat(corrections.stream(), stage2s.stream()).toList()))
                .map(outcomes -> new NonconformityDeadlinesRun(today,
                        (int) outcomes.stream().filter(Outcome::checkedHere).count(),
                        outcomes.stream().map(Outcome::reported).filter(Objects::nonNull).toList()));
    }

    /**
     * What one run did with one audit: {@code checkedHere} unless another run checked it first or its deadline is
     * still to come; {@code reported} when this run found it overdue and reported it, else null.
     */
    private record Outcome(boolean checkedHere, OverdueAudit reported) {
        static final Outcome NOT_CHECKED = new Outcome(false, null);
        static final Outcome IN_TIME = new Outcome(true, null);
    }

    /** The deadline an audit's major nonconformities had, and those that missed it. */
    private record Missed(LocalDate deadline, List<Finding> majors) {
    }

    private Uni<List<Outcome>> checkEach(List<Audit> audits, LocalDate today, Instant now, String actor) {
        if (audits.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return findings.majorNonconformitiesOf(audits.stream().map(Audit::id).toList())
                .map(majors -> majors.stream().collect(Collectors.groupingBy(Finding::auditId)))
                .flatMap(majors -> Multi.createFrom().iterable(audits)
                        .onItem().transformToUniAndConcatenate(audit ->
                                check(audit, majors.getOrDefault(audit.id(), List.of()), today, now, actor))
                        .collect().asList());
    }

    private Uni<Outcome> check(Audit audit, List<Finding> majors, LocalDate today, Instant now, String actor) {
        Optional<Missed> found = audit.type() == AuditType.STAGE_2
                ? stage2Deadline(audit, majors, today) : Optional.of(correctionDeadline(audit, majors, today));
        if (found.isEmpty()) {
            return Uni.createFrom().item(Outcome.NOT_CHECKED);
        }
        Missed missed = found.get();
        List<OverdueNonconformity> overdue = missed.majors().stream()
                .map(major -> new OverdueNonconformity(major.id(), major.clause(),
                        Words.shortened(major.evidence(), SUMMARY_LENGTH), major.nonconformityStatus().name()))
                .toList();
        return checks.record(MajorCorrectionCheck.checked(audit.id(), missed.deadline(), !overdue.isEmpty(), today,
                        actor, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .flatMap(recorded -> {
                    if (!recorded) {
                        return Uni.createFrom().item(Outcome.NOT_CHECKED);
                    }
                    if (overdue.isEmpty()) {
                        return Uni.createFrom().item(Outcome.IN_TIME);
                    }
                    return report(audit, missed.deadline(), overdue, now, actor)
                            .map(reported -> new Outcome(true, reported));
                });
    }

    private Missed correctionDeadline(Audit audit, List<Finding> majors, LocalDate today) {
        return new Missed(rule.deadline(audit.type(), FindingGrade.MAJOR_NONCONFORMITY, audit.lastDayOnSite())
                .orElseThrow(), majors.stream()
                .filter(major -> rule.overdue(audit.type(), major.grade(), audit.lastDayOnSite(), major.verifiedOn(),
                        today))
                .toList());
    }

    /** Empty while the 6 months after stage 2 are not over: a verification may still count. */
    private static Optional<Missed> stage2Deadline(Audit audit, List<Finding> majors, LocalDate today) {
        return Stage2Repetition.of(audit.type(), audit.lastDayOnSite(),
                        majors.stream().map(major -> new MajorNonconformity(major.verifiedOn())).toList(), today)
                .filter(repetition -> repetition.decided(today))
                .map(repetition -> new Missed(repetition.deadline(), majors.stream()
                        .filter(major -> repetition.missedBy(new MajorNonconformity(major.verifiedOn()), today))
                        .toList()));
    }

    private Uni<OverdueAudit> report(Audit audit, LocalDate deadline, List<OverdueNonconformity> overdue, Instant now,
                                     String actor) {
        boolean stage2 = audit.type() == AuditType.STAGE_2;
        EventPayload event = stage2
                ? new Stage2RepetitionRequiredV1(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(),
                audit.standards(), overdue, audit.lastDayOnSite(), deadline, now)
                : new MajorNonconformityOverdueV1(audit.id(), audit.programmeId(), audit.clientId(),
                audit.clientName(), audit.type(), audit.standards(), overdue, deadline, now);
        return outbox.record(event)
                .call(() -> changeLog.record(actor, AuditService.ENTITY, audit.id(),
                        stage2 ? "stage-2-repetition-required" : "major-nonconformity-overdue",
                        overdue.size() + " major nonconformity(ies) not verified by " + deadline + ": "
                                + overdue.stream().map(nc -> nc.clause() + " " + nc.status()).toList()
                                + (stage2 ? "; stage 2 is to be repeated" : "")))
                .map(eventId -> new OverdueAudit(audit.id(), audit.programmeId(), audit.clientId(), audit.clientName(),
                        audit.type(), deadline, overdue));
    }
}
