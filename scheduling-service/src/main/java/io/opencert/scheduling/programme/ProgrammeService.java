package io.opencert.scheduling.programme;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.scheduling.auditor.Auditor;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.auditor.Unavailability;
import io.opencert.scheduling.auditor.UnavailabilityRepository;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeSummary;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.rules.DueDates;
import io.opencert.scheduling.rules.TeamRules;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private final AuditorRepository auditors;
    private final UnavailabilityRepository unavailability;
    private final Outbox outbox;
    private final ChangeLog changeLog;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, PlannedAuditRepository plannedAudits, AuditorRepository auditors,
                     UnavailabilityRepository unavailability, Outbox outbox, ChangeLog changeLog, Clock clock) {
        this.programmes = programmes;
        this.plannedAudits = plannedAudits;
        this.auditors = auditors;
        this.unavailability = unavailability;
        this.outbox = outbox;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** A signed contract opens the client's first certification cycle with stage 1 and stage 2 due. */
    public Uni<Void> onContractSigned(ContractSignedV1 contract, String actor) {
        LocalDate signed = LocalDate.ofInstant(contract.signedAt(), ZoneOffset.UTC);
        AuditProgramme programme = new AuditProgramme();
        programme.id = UUID.randomUUID();
        programme.clientId = contract.clientId();
        programme.clientName = contract.clientName();
        programme.contractId = contract.contractId();
        programme.cycle = 1;
        programme.standards = List.copyOf(contract.standards());
        programme.scope = contract.scope();
        programme.sites = List.copyOf(contract.sites());
        programme.excludedAuditors =
                contract.excludedAuditors() == null ? List.of() : List.copyOf(contract.excludedAuditors());
        programme.surveillanceDays = daysOf(contract, AuditType.SURVEILLANCE);
        programme.recertificationDays = daysOf(contract, AuditType.RECERTIFICATION);
        programme.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        programme.plan(AuditType.STAGE_1, DueDates.stage1(signed), daysOf(contract, AuditType.STAGE_1));
        programme.plan(AuditType.STAGE_2, DueDates.stage2(signed), daysOf(contract, AuditType.STAGE_2));
        return programmes.persist(programme)
                .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CREATED",
                        "cycle 1 of contract " + contract.contractId() + ", stage 1 and stage 2 planned"))
                .replaceWithVoid();
    }

    /** The initial certificate fixes when the cycle's surveillance and recertification audits are due. */
    public Uni<Void> onCertificateIssued(CertificateIssuedV1 certificate, String actor) {
        return programmes.findWithAudits(certificate.programmeId()).flatMap(found -> {
            AuditProgramme programme = found.orElseThrow(() -> new IllegalStateException("certificate "
                    + certificate.number() + " names audit programme " + certificate.programmeId()
                    + ", which is unknown here"));
            programme.certificateId = certificate.certificateId();
            List<PlannedAudit> planned = List.of(
                    programme.plan(AuditType.SURVEILLANCE, DueDates.firstSurveillance(certificate.decisionDate()),
                            programme.surveillanceDays),
                    programme.plan(AuditType.SURVEILLANCE, DueDates.secondSurveillance(certificate.decisionDate()),
                            programme.surveillanceDays),
                    programme.plan(AuditType.RECERTIFICATION, DueDates.recertification(certificate.expiryDate()),
                            programme.recertificationDays));
            return plannedAudits.persist(planned)
                    .call(() -> changeLog.record(actor, PROGRAMME, programme.id, "CERTIFICATE_ISSUED",
                            "certificate " + certificate.number() + " decided " + certificate.decisionDate()
                                    + ": 2 surveillance audits and the recertification planned"));
        });
    }

    public Uni<Void> onAuditCompleted(AuditCompletedV1 completed, String actor) {
        return plannedAudits.findWithProgramme(completed.auditId()).flatMap(audit -> {
            if (audit == null) {
                throw new IllegalStateException("audit " + completed.auditId() + " was not planned here");
            }
            audit.complete();
            return programmes.markChanged(audit.programme)
                    .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, "COMPLETED",
                            "last day on site " + completed.lastDayOnSite()
                                    + ", recommendation " + completed.recommendation()));
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
        return programmes.findWithAudits(programmeId).flatMap(found -> {
            AuditProgramme programme = found.orElseThrow(
                    () -> new NotFoundProblem("Audit programme " + programmeId + " not found."));
            if (expectedVersion != null && !expectedVersion.equals(String.valueOf(programme.version))) {
                throw new ProblemException(412, "programme-changed", "Programme changed", "The programme was changed "
                        + "meanwhile (version " + programme.version + "); reload it and book again.");
            }
            PlannedAudit audit = programme.audit(auditId).orElseThrow(() -> new NotFoundProblem(
                    "Audit " + auditId + " is not planned in audit programme " + programmeId + "."));
            if (audit.status != PlannedAuditStatus.PLANNED) {
                throw new RuleViolation("audit-not-planned", "Audit not open for booking", "Audit " + auditId
                        + " is " + audit.status + "; only a " + PlannedAuditStatus.PLANNED + " audit can be booked.");
            }
            LocalDate start = booking.startDate();
            LocalDate end = booking.endDate() != null ? booking.endDate() : audit.lastDayIfStartingOn(start);
            if (end.isBefore(start)) {
                throw new InvalidInput("endDate", "must not be before startDate");
            }
            return bookTeam(programme, audit, booking.team(), start, end, actor);
        });
    }

    private Uni<PlannedAuditView> bookTeam(AuditProgramme programme, PlannedAudit audit,
                                           List<BookingRequest.Member> team, LocalDate start, LocalDate end,
                                           String actor) {
        List<String> usernames = team.stream().map(BookingRequest.Member::username).distinct().toList();
        return auditors.lockForBooking(usernames)
                .call(register -> plannedAudits.bookingsOf(usernames, start)
                        .flatMap(bookings -> unavailability
                                .overlapping(register.stream().map(auditor -> auditor.id).toList(), start, end)
                                .invoke(periods -> requireTeamRules(programme, team, start, end, register, bookings,
                                        unavailable(periods, register)))))
                .flatMap(register -> {
                    audit.book(start, end, assignments(team, register));
                    return programmes.markChanged(programme)
                            .call(() -> changeLog.record(actor, PLANNED_AUDIT, audit.id, "BOOKED",
                                    audit.type + " from " + start + " to " + end + ", team " + usernames))
                            .call(() -> outbox.record(scheduled(programme, audit)))
                            .map(ignored -> PlannedAuditView.of(audit));
                });
    }

    private static void requireTeamRules(AuditProgramme programme, List<BookingRequest.Member> team, LocalDate start,
                                         LocalDate end, List<Auditor> register, List<TeamRules.Booking> bookings,
                                         List<TeamRules.Unavailable> unavailable) {
        List<TeamRules.Nomination> nominations = team.stream()
                .map(member -> new TeamRules.Nomination(member.username(), member.role()))
                .toList();
        List<TeamRules.RegisteredAuditor> entries = register.stream()
                .map(auditor -> new TeamRules.RegisteredAuditor(auditor.username, Set.copyOf(auditor.standards),
                        auditor.leadAuditor))
                .toList();
        TeamRules.Assignment assignment =
                new TeamRules.Assignment(programme.standards, programme.excludedAuditors, start, end);
        TeamRules.check(nominations, assignment, entries, bookings, unavailable).ifPresent(refusal -> {
            throw new RuleViolation(refusal.rule().slug(), refusal.rule().title(), refusal.detail());
        });
    }

    private static List<TeamRules.Unavailable> unavailable(List<Unavailability> periods, List<Auditor> register) {
        Map<UUID, String> usernames = register.stream()
                .collect(Collectors.toMap(auditor -> auditor.id, auditor -> auditor.username));
        return periods.stream()
                .map(period -> new TeamRules.Unavailable(usernames.get(period.auditorId), period.fromDate,
                        period.toDate))
                .toList();
    }

    /** The team as booked, with each person's name from the register. */
    private static List<TeamAssignment> assignments(List<BookingRequest.Member> team, List<Auditor> register) {
        Map<String, String> names = register.stream()
                .collect(Collectors.toMap(auditor -> auditor.username, auditor -> auditor.name));
        return team.stream()
                .map(member -> new TeamAssignment(member.username(), names.get(member.username()), member.role()))
                .toList();
    }

    private AuditScheduledV1 scheduled(AuditProgramme programme, PlannedAudit audit) {
        return new AuditScheduledV1(audit.id, programme.id, programme.clientId, programme.clientName, audit.type,
                programme.standards, programme.scope, programme.sites, audit.startDate, audit.endDate, audit.days,
                audit.teamMembers(), clock.instant());
    }

    @WithSession
    public Uni<ProgrammeView> find(UUID id) {
        return programmes.findWithAudits(id).map(found -> found.map(ProgrammeView::of)
                .orElseThrow(() -> new NotFoundProblem("Audit programme " + id + " not found.")));
    }

    /** @param clientId only this client's programmes, or every client's when null */
    @WithSession
    public Uni<Page<ProgrammeSummary>> list(UUID clientId, PageRequest page) {
        return Page.of(programmes.listed(clientId), page, ProgrammeSummary::of);
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
