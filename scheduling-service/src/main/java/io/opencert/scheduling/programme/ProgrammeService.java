package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.EventPayload;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import io.opencert.scheduling.impartiality.ConsultancyRepository;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeSummary;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.RescheduleRequest;
import io.opencert.scheduling.programme.dto.TeamProposal;
import io.opencert.scheduling.rules.BookingWindow;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.opencert.scheduling.rules.Refusal;
import io.opencert.scheduling.rules.SiteSampling;
import io.opencert.scheduling.rules.StageOrder;
import io.opencert.scheduling.rules.SurveillanceYears;
import io.opencert.scheduling.rules.SuspensionLifting;
import io.opencert.scheduling.rules.TeamRules;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.opencert.scheduling.rules.ProgrammeRule.OUTSIDE_DUE_WINDOW;

/**
 * Audit programmes and their planned audits. The {@code on...} methods react to other services' events and run
 * inside the inbox transaction of {@link io.opencert.commons.inbox.EventConsumer}; the others own their transaction.
 */
@ApplicationScoped
public class ProgrammeService {
    private static final String PROGRAMME = "AuditProgramme";
    private static final String PLANNED_AUDIT = "PlannedAudit";

    private final ProgrammeRepository programmes;
    private final PlannedAuditRepository plannedAudits;
    private final TeamPlanner teams;
    private final ConsultancyRepository consultancies;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int stage2WithinMonths;

    ProgrammeService(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, TeamPlanner teams,
                     ConsultancyRepository consultancies, Outbox outbox, ChangeLog changeLog, Clock clock,
                     @ConfigProperty(name = "cb.scheduling.stage-2-within-months") int stage2WithinMonths) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.teams = teams;
        this.consultancies = consultancies;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
        this.stage2WithinMonths = stage2WithinMonths;
    }

    /**
     * A signed contract opens the client's first certification cycle with stage 1 and stage 2 due; a transfer
     * contract continues the transferred cycle; a cloud extension contract adds a cloud audit to the client's
     * certified programme.
     */
    public Uni<Void> onContractSigned(ContractSignedV1 contract, String actor) {
        LocalDate signed = LocalDate.ofInstant(contract.signedAt(), ZoneOffset.UTC);
        if (contract.transfer() != null) {
            return openTransferredCycle(contract, signed, actor);
        }
        if (contract.cloudExtension() != null) {
            return extendToCloud(contract, signed, actor);
        }
        AuditProgramme programme = openCycle(contract);
        programme.plan(AuditType.STAGE_1, DueDates.stage1(signed), daysOf(contract, AuditType.STAGE_1));
        programme.plan(AuditType.STAGE_2, DueDates.stage2(signed), daysOf(contract, AuditType.STAGE_2));
        return programmes.persist(programme)
                .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CREATED",
                        "cycle 1 of contract " + contract.contractId() + ", stage 1 and stage 2 planned"))
                .replaceWithVoid();
    }

    /**
     * The rest of the transferred cycle is planned at once from the transferred certificate's expiry, so that no
     * surveillance is forgotten while the certification decision on the pre-transfer review is pending.
     */
    private Uni<Void> openTransferredCycle(ContractSignedV1 contract, LocalDate transferDate, String actor) {
        TransferredCertificate transfer = contract.transfer();
        AuditProgramme programme = openCycle(contract);
        List<PlannedAudit> planned = programme.planTransferredCycle(transfer, transferDate);
        return programmes.persist(programme)
                .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CREATED", "cycle 1 of contract "
                        + contract.contractId() + ", transferred certificate " + transfer.certificateNumber()
                        + " of " + transfer.issuingBody() + " expiring " + transfer.expiryDate() + ": "
                        + (planned.size() - 1) + " surveillance audit(s) and the recertification planned"))
                .replaceWithVoid();
    }

    /**
     * ISO/IEC TR 20000-9 is certified only on top of a valid ISO/IEC 20000-1 certificate, so the cloud audit joins
     * the client's latest certified cycle: an audit of its own, or the next surveillance nobody is booked for yet
     * (an audit of its own when there is none left).
     */
    private Uni<Void> extendToCloud(ContractSignedV1 contract, LocalDate signed, String actor) {
        BigDecimal cloudDays = daysOf(contract, AuditType.CLOUD_EXTENSION);
        return programmes.lockLatestCertified(contract.clientId()).flatMap(found -> {
            AuditProgramme programme = found.orElseThrow(() -> new IllegalStateException("cloud extension contract "
                    + contract.contractId() + ": client " + contract.clientId() + " has no certified audit "
                    + "programme, and ISO/IEC TR 20000-9 is certified only on top of an ISO/IEC 20000-1 certificate"));
            programme.excludedAuditors = Stream.concat(programme.excludedAuditors.stream(),
                    excludedBy(contract).stream()).distinct().toList();
            programme.technicalAreas = Stream.concat(programme.technicalAreas.stream(),
                    technicalAreasOf(contract).stream()).distinct().toList();
            Optional<PlannedAudit> surveillance = contract.cloudExtension() == CloudExtension.WITH_SURVEILLANCE
                    ? programme.nextUnbookedSurveillance() : Optional.empty();
            Uni<String> planned = surveillance.isPresent()
                    ? Uni.createFrom().item(() -> {
                        surveillance.get().includeCloud(cloudDays);
                        return "cloud services added to the surveillance due by " + surveillance.get().dueBy;
                    })
                    : plannedAudits.persist(programme.plan(AuditType.CLOUD_EXTENSION,
                                    AuditProgramme.withCloud(programme.standards),
                                    DueDates.cloudExtension(signed, recertificationWindow(programme)), cloudDays))
                            .map(audit -> "cloud extension audit planned, due by " + audit.dueBy
                                    + (contract.cloudExtension() == CloudExtension.OWN_AUDIT
                                    ? "" : " (no unbooked surveillance left to combine it with)"));
            return planned.call(() -> programmes.markChanged(programme))
                    .call(note -> changeLog.record(actor, PROGRAMME, programme.id, "CLOUD_EXTENSION", "contract "
                            + contract.contractId() + " (" + contract.cloudExtension() + "): " + note + ", "
                            + cloudDays + " day(s)"))
                    .replaceWithVoid();
        });
    }

    private static DueWindow recertificationWindow(AuditProgramme programme) {
        return programme.recertification()
                .map(recertification -> new DueWindow(recertification.dueFrom, recertification.dueBy))
                .orElseThrow(() -> new IllegalStateException("certified audit programme " + programme.id
                        + " has no recertification planned"));
    }

    private AuditProgramme openCycle(ContractSignedV1 contract) {
        AuditProgramme programme = new AuditProgramme();
        programme.id = UUID.randomUUID();
        programme.clientId = contract.clientId();
        programme.clientName = contract.clientName();
        programme.contractId = contract.contractId();
        programme.cycle = 1;
        programme.standards = List.copyOf(contract.standards());
        programme.scope = contract.scope();
        programme.sites = List.copyOf(contract.sites());
        programme.excludedAuditors = excludedBy(contract);
        programme.technicalAreas = technicalAreasOf(contract);
        programme.recertificationDays = daysOf(contract, AuditType.RECERTIFICATION);
        programme.surveillanceDays = surveillanceDaysOf(contract, programme.recertificationDays);
        programme.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return programme;
    }

    private static List<String> excludedBy(ContractSignedV1 contract) {
        return contract.excludedAuditors() == null ? List.of() : List.copyOf(contract.excludedAuditors());
    }

    /** A contract signed before the scope's technical areas were recorded names none. */
    private static List<String> technicalAreasOf(ContractSignedV1 contract) {
        return contract.technicalAreas() == null ? List.of() : contract.technicalAreas().stream().distinct().toList();
    }

    /**
     * The initial certificate fixes when the cycle's surveillance and recertification audits are due. A certificate
     * transferred from another body names no programme: it belongs to the client's transfer cycle, planned already.
     * A cloud certificate continues the cycle of the 20000-1 one it depends on.
     */
    public Uni<Void> onCertificateIssued(CertificateIssuedV1 certificate, String actor) {
        Uni<AuditProgramme> decidedOn = certificate.programmeId() == null
                ? programmes.lockLatestTransfer(certificate.clientId()).map(found -> found.orElseThrow(() ->
                        new IllegalStateException("transferred certificate " + certificate.number() + " of client "
                                + certificate.clientId() + ": the client has no transferred audit programme here")))
                : programmes.findWithAudits(certificate.programmeId()).map(found -> found.orElseThrow(() ->
                        new IllegalStateException("certificate " + certificate.number() + " names audit programme "
                                + certificate.programmeId() + ", which is unknown here")));
        return decidedOn.flatMap(programme -> {
            if (certificate.standard() == Standard.ISO_IEC_TR_20000_9_2015) {
                return recordCloudCertificate(programme, certificate, actor);
            }
            if (certificate.programmeId() == null) {
                return linkTransferredCertificate(programme, certificate, actor);
            }
            List<PlannedAudit> planned = programme.planCycle(certificate.certificateId(), certificate.decisionDate(),
                    certificate.expiryDate());
            return plannedAudits.persist(planned)
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CERTIFICATE_ISSUED",
                            "certificate " + certificate.number() + " decided " + certificate.decisionDate()
                                    + ": 2 surveillance audits and the recertification planned"));
        });
    }

    /** The transfer cycle was planned with the contract; the certificate is what its audits maintain from now on. */
    private Uni<Void> linkTransferredCertificate(AuditProgramme programme, CertificateIssuedV1 certificate,
                                                 String actor) {
        if (programme.certificateId != null) {
            throw new IllegalStateException("transferred certificate " + certificate.number() + " of client "
                    + certificate.clientId() + ": the transfer programme " + programme.id
                    + " maintains certificate " + programme.certificateId + " already");
        }
        programme.certify(certificate.certificateId()); // saved with a new version, as a change of its own
        return changeLog.record(actor, PROGRAMME, programme.id, "CERTIFICATE_ISSUED", "certificate "
                + certificate.number() + " decided " + certificate.decisionDate() + " on the transfer of "
                + programme.transferredCertificateNumber + " (" + programme.transferredFrom + "), expires "
                + certificate.expiryDate());
    }

    /** No cycle of its own: the cloud certificate falls with the base one, whose audits now cover the cloud too. */
    private Uni<Void> recordCloudCertificate(AuditProgramme programme, CertificateIssuedV1 certificate,
                                             String actor) {
        List<PlannedAudit> extended = programme.certifyCloud();
        return programmes.markChanged(programme)
                .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CLOUD_CERTIFICATE_ISSUED",
                        "certificate " + certificate.number() + " (" + certificate.standard().title() + ") decided "
                                + certificate.decisionDate() + ": " + extended.size()
                                + " later audit(s) include the cloud services"));
    }

    /**
     * The audit took place. A completed stage 1 opens stage 2 for booking when it found the client ready, due in the
     * months after it; when it did not, it keeps why and a repeated stage 1 is planned ({@link StageOrder}).
     */
    public Uni<Void> onAuditCompleted(AuditCompletedV1 completed, String actor) {
        return plannedAudits.findWithProgramme(completed.auditId()).flatMap(found -> {
            if (found == null) {
                throw new IllegalStateException("audit " + completed.auditId() + " was not planned here");
            }
            return programmes.lockWithAudits(found.programme.id);
        }).flatMap(locked -> {
            AuditProgramme programme = locked.orElseThrow();
            PlannedAudit audit = programme.audit(completed.auditId()).orElseThrow();
            audit.found(completed.nonconformitiesBySite());
            Optional<PlannedAudit> repetition = programme.complete(audit, completed.lastDayOnSite(),
                    completed.recommendation(), completed.openMajorNonconformities(), stage2WithinMonths);
            String outcome = audit.notReadyReason != null
                    ? ", not ready for stage 2: " + audit.notReadyReason + "; stage 1 repeated, due by "
                    + repetition.map(repeated -> repeated.dueBy).orElseThrow()
                    : audit.type == AuditType.STAGE_1 ? ", ready for stage 2" : "";
            Uni<Void> planned = repetition.isPresent()
                    ? plannedAudits.persist(repetition.get()).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return planned.call(() -> programmes.markChanged(programme))
                    .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, "COMPLETED",
                            "last day on site " + completed.lastDayOnSite()
                                    + ", recommendation " + completed.recommendation() + outcome));
        });
    }

    /**
     * Fixes the dates and team of a planned audit and announces it to the audit service.
     *
     * @param expectedVersion the programme version the planner saw (If-Match), or null to book regardless
     */
    @WithTransaction
    public Uni<PlannedAuditView> book(UUID programmeId, UUID auditId, BookingRequest booking, String expectedVersion,
                                      String actor) {
        return forChange(programmeId, auditId, expectedVersion).flatMap(audit -> {
            requireStatus(audit, PlannedAuditStatus.PLANNED, "booked");
            audit.visit(sampleOf(audit, booking, actor)); // a rescheduling keeps the sample announced
            return fixDatesAndTeam(audit, booking.startDate(), booking.endDate(), booking.team(), booking.deviation(),
                    "BOOKED", "",
                    booked -> Announcements.scheduled(booked, clock.instant()), actor);
        });
    }

    /** The sites the booked audit visits: those staff chose, with their justification, or the programme's rotation. */
    private static SiteSampling.Sample sampleOf(PlannedAudit audit, BookingRequest booking, String actor) {
        if (booking.sample() == null) {
            return audit.programme.sampleFor(audit);
        }
        if (booking.sampleJustification() == null || booking.sampleJustification().isBlank()) {
            throw new InvalidInput("sampleJustification", "required when staff choose the sample");
        }
        SiteSampling.checkChosen(audit.type, audit.auditedSites(), booking.sample()).ifPresent(refusal -> {
            throw refusal.violation();
        });
        return SiteSampling.chosen(audit.auditedSites(), booking.sample(), booking.sampleJustification().strip(),
                actor);
    }

    /** New dates and/or a new team for a booked audit, checked by the same rules as a booking. */
    @WithTransaction
    public Uni<PlannedAuditView> reschedule(UUID programmeId, UUID auditId, RescheduleRequest change,
                                            String expectedVersion, String actor) {
        return forChange(programmeId, auditId, expectedVersion).flatMap(audit -> {
            requireStatus(audit, PlannedAuditStatus.BOOKED, "rescheduled");
            String was = " (was " + audit.startDate + " to " + audit.endDate + reasonIn(change.reason()) + ")";
            return fixDatesAndTeam(audit, change.startDate(), change.endDate(), change.team(), change.deviation(),
                    "RESCHEDULED", was,
                    moved -> Announcements.rescheduled(moved, change.reason(), clock.instant()), actor);
        });
    }

    private Uni<PlannedAuditView> fixDatesAndTeam(PlannedAudit audit, LocalDate start, LocalDate requestedEnd,
                                                  List<BookingRequest.Member> team, String deviation, String action,
                                                  String note, Function<PlannedAudit, EventPayload> announcement,
                                                  String actor) {
        LocalDate end = requestedEnd != null ? requestedEnd : audit.lastDayIfStartingOn(start);
        if (end.isBefore(start)) {
            throw new InvalidInput("endDate", "must not be before startDate");
        }
        boolean deviationRecorded = deviation != null && !deviation.isBlank();
        DueWindow window = audit.bookingWindow();
        LocalDate today = LocalDate.now(clock);
        Optional<RuleViolation> refused = BookingWindow.notInThePast(start, today)
                .map(Refusal::violation)
                .or(() -> audit.liftsSuspension()
                        ? SuspensionLifting.checkLastDay(end, audit.liftsSuspensionUntil)
                        .map(Refusal::violation)
                        : Optional.empty())
                .or(() -> audit.followsStage1()
                        ? StageOrder.checkStage2(audit.programme.latestStage1(), start, end, stage2WithinMonths)
                        .map(Refusal::violation)
                        : Optional.empty())
                .or(() -> BookingWindow.check(audit.type, window, start, end, deviationRecorded)
                        .map(Refusal::violation));
        Optional<Refusal> yearLeftOut = audit.programme.checkSurveillanceYears(audit, start, today);
        if (refused.isEmpty() && !deviationRecorded) {
            refused = yearLeftOut.map(Refusal::violation);
        }
        refused.ifPresent(violation -> {
            throw violation;
        });
        Optional<String> deviatesFrom = BookingWindow.outside(window, start, end)
                ? Optional.of(OUTSIDE_DUE_WINDOW.slug())
                : yearLeftOut.map(refusal -> refusal.rule().slug());
        return teams.assign(audit.programme, audit, team, start, end)
                .flatMap(assigned -> {
                    audit.book(start, end, assigned);
                    deviatesFrom.ifPresent(rule -> audit.deviate(rule, deviation.strip(), actor));
                    String deviationNote = deviatesFrom.map(rule -> ", deviating from " + rule + ": "
                            + deviation.strip()).orElse("");
                    return programmes.markChanged(audit.programme)
                            .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, action, audit.type + " from "
                                    + start + " to " + end + ", team " + usernames(team) + note + deviationNote))
                            .call(() -> outbox.record(announcement.apply(audit)));
                })
                .map(ignored -> PlannedAuditView.of(audit));
    }

    /** The booked audit will not take place on its dates; it is due again in its window, without a team. */
    @WithTransaction
    public Uni<PlannedAuditView> cancelBooking(UUID programmeId, UUID auditId, CancellationReason reason,
                                               String expectedVersion, String actor) {
        return forChange(programmeId, auditId, expectedVersion).flatMap(audit -> {
            requireStatus(audit, PlannedAuditStatus.BOOKED, "cancelled");
            String was = audit.startDate + " to " + audit.endDate + ", team " + audit.team.stream()
                    .map(member -> member.username).toList();
            audit.release();
            return programmes.markChanged(audit.programme)
                    .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, "BOOKING_CANCELLED",
                            was + " (" + reason + ")"))
                    .call(() -> outbox.record(Announcements.cancelled(audit, reason, clock.instant())))
                    .map(ignored -> PlannedAuditView.of(audit));
        });
    }

    /**
     * The best available team and dates inside the audit's due window (up to the suspension's end for the
     * surveillance lifting it), from today on; none for a stage 2 that no ready stage 1 opened for booking.
     */
    @WithSession
    public Uni<TeamProposal> suggest(UUID programmeId, UUID auditId) {
        return programmes.findWithAudits(programmeId).flatMap(found -> {
            AuditProgramme programme = found.orElseThrow(() -> programmeNotFound(programmeId));
            PlannedAudit audit = programme.audit(auditId).orElseThrow(() -> auditNotFound(programmeId, auditId));
            requireStatus(audit, PlannedAuditStatus.PLANNED, "booked");
            DueWindow window = audit.bookingWindow();
            if (audit.followsStage1()) {
                StageOrder.checkStage2(programme.latestStage1(), window.from(), window.from(), stage2WithinMonths)
                        .ifPresent(refusal -> {
                            throw refusal.violation();
                        });
            }
            LocalDate today = LocalDate.now(clock);
            return teams.suggest(programme, audit, today)
                    .flatMap(proposal -> proposal.isPresent()
                            ? Uni.createFrom().item(TeamProposal.of(proposal.get()))
                            : consultancies.ofClient(programme.clientId).map(known -> {
                                // where the body's own consultancy keeps it from the client, that is what staff need to know
                                LocalDate first = window.from().isBefore(today) ? today : window.from();
                                throw TeamRules.bodyConsulted(known, first, window.by())
                                        .map(Refusal::violation)
                                        .orElseGet(() -> new RuleViolation(ProgrammeRule.NO_TEAM_AVAILABLE,
                                                "Nobody in the register can form a valid team for " + audit.type
                                                        + " between " + window.from() + " and " + window.by() + "."));
                            }));
        });
    }

    /** The audit, its programme locked for this change and, with If-Match, at the version the planner saw. */
    private Uni<PlannedAudit> forChange(UUID programmeId, UUID auditId, String expectedVersion) {
        return programmes.lockWithAudits(programmeId).map(found -> {
            AuditProgramme programme = found.orElseThrow(() -> programmeNotFound(programmeId));
            if (expectedVersion != null && !expectedVersion.equals(String.valueOf(programme.version))) {
                throw new ProblemException(412, "programme-changed", "Programme changed", "The programme was changed "
                        + "meanwhile (version " + programme.version + "); reload it and try again.");
            }
            return programme.audit(auditId).orElseThrow(() -> auditNotFound(programmeId, auditId));
        });
    }

    private static void requireStatus(PlannedAudit audit, PlannedAuditStatus required, String done) {
        if (audit.status != required) {
            throw new RuleViolation(required == PlannedAuditStatus.PLANNED ? ProgrammeRule.AUDIT_NOT_PLANNED
                    : ProgrammeRule.AUDIT_NOT_BOOKED, "Audit " + audit.id + " is " + audit.status + "; only a "
                    + required + " audit can be " + done + ".");
        }
    }

    private static List<String> usernames(List<BookingRequest.Member> team) {
        return team.stream().map(BookingRequest.Member::username).distinct().toList();
    }

    private static String reasonIn(String reason) {
        return reason == null || reason.isBlank() ? "" : "; " + reason.strip();
    }

    static NotFoundProblem programmeNotFound(UUID programmeId) {
        return new NotFoundProblem("Audit programme " + programmeId + " not found.");
    }

    private static NotFoundProblem auditNotFound(UUID programmeId, UUID auditId) {
        return new NotFoundProblem("Audit " + auditId + " is not planned in audit programme " + programmeId + ".");
    }

    /** The programme, each booked audit with the consultancies the register learnt of since that conflict with it. */
    @WithSession
    public Uni<ProgrammeView> find(UUID id) {
        return programmes.findWithAudits(id).flatMap(found -> {
            AuditProgramme programme = found.orElseThrow(() -> programmeNotFound(id));
            return consultancies.ofClient(programme.clientId)
                    .map(known -> ProgrammeView.of(programme, known));
        });
    }

    /** @param clientId only this client's programmes, or every client's when null */
    @WithSession
    public Uni<Page<ProgrammeSummary>> list(UUID clientId, PageRequest page) {
        return Page.of(programmes.listed(clientId), page, ProgrammeSummary::of);
    }

    /**
     * A transfer quoted after the cycle's last surveillance window closed sells no surveillance; the next cycle's
     * surveillance audits take half the recertification's time (a third and two thirds of the initial audit time),
     * rounded up to half days.
     */
    private static BigDecimal surveillanceDaysOf(ContractSignedV1 contract, BigDecimal recertificationDays) {
        return contract.auditDays().stream()
                .filter(days -> days.type() == AuditType.SURVEILLANCE)
                .map(PlannedAuditDays::days)
                .findFirst()
                // half of d rounded up to half days is the whole days of d, rounded up, halved
                .orElseGet(() -> recertificationDays.setScale(0, RoundingMode.CEILING)
                        .divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY));
    }

    private static BigDecimal daysOf(ContractSignedV1 contract, AuditType type) {
        return contract.auditDays().stream()
                .filter(days -> days.type() == type)
                .map(PlannedAuditDays::days)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "contract " + contract.contractId() + " has no audit days for " + type));
    }
}
