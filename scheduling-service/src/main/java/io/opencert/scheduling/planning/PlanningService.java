package io.opencert.scheduling.planning;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.planning.PlanningRepository.BookedMonth;
import io.opencert.scheduling.planning.dto.AuditorLoad;
import io.opencert.scheduling.planning.dto.BoardEntry;
import io.opencert.scheduling.planning.dto.CompetenceLapse;
import io.opencert.scheduling.planning.dto.DeviationEntry;
import io.opencert.scheduling.programme.BookedAudit;
import io.opencert.scheduling.programme.PlannedAudit;
import io.opencert.scheduling.programme.PlannedAuditRepository;
import io.opencert.scheduling.rules.TeamRules;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the planners look at: audits waiting for a booking, and how busy each auditor is. */
@ApplicationScoped
public class PlanningService {
    private final PlanningRepository planning;
    private final AuditorRepository auditors;
    private final PlannedAuditRepository plannedAudits;

    PlanningService(PlanningRepository planning, AuditorRepository auditors, PlannedAuditRepository plannedAudits) {
        this.planning = planning;
        this.auditors = auditors;
        this.plannedAudits = plannedAudits;
    }

    /** The audits a person is on the team of that end on or after {@code from}, by start date. */
    @WithSession
    public Uni<List<BookedAudit>> bookingsOf(String username, LocalDate from) {
        return plannedAudits.bookedFor(username)
                .map(audits -> audits.stream().filter(audit -> !audit.endDate().isBefore(from)).toList());
    }

    @WithSession
    public Uni<Page<BoardEntry>> board(BoardFilter filter, PageRequest page) {
        return planning.unbooked(filter, false, page);
    }

    @WithSession
    public Uni<Page<BoardEntry>> reminders(BoardFilter filter, PageRequest page) {
        return planning.unbooked(filter, true, page);
    }

    @WithSession
    public Uni<Page<DeviationEntry>> deviations(BoardFilter filter, PageRequest page) {
        return planning.deviations(filter, page);
    }

    /** The booked audits from {@code today} on whose team no longer meets the competence rules, by start date. */
    @WithSession
    public Uni<List<CompetenceLapse>> competenceLapses(LocalDate today) {
        return plannedAudits.upcoming(today).flatMap(audits -> {
            Set<String> usernames = audits.stream().flatMap(audit -> audit.team.stream())
                    .map(member -> member.username).collect(Collectors.toSet());
            return auditors.list("username in ?1", usernames).map(register -> {
                Map<String, TeamRules.RegisteredAuditor> registered = register.stream().collect(Collectors.toMap(
                        auditor -> auditor.username, auditor -> new TeamRules.RegisteredAuditor(auditor.username,
                                Set.copyOf(auditor.standards), auditor.leadAuditor, auditor.leftOn(),
                                auditor.qualifications())));
                return audits.stream()
                        .flatMap(audit -> lapse(audit, registered).stream())
                        .toList();
            });
        });
    }

    private static Optional<CompetenceLapse> lapse(PlannedAudit audit,
                                                   Map<String, TeamRules.RegisteredAuditor> registered) {
        List<TeamRules.Nomination> team = audit.team.stream()
                .map(member -> new TeamRules.Nomination(member.username, member.role))
                .toList();
        TeamRules.Assignment assignment = new TeamRules.Assignment(audit.standards, List.of(), audit.startDate,
                audit.endDate, null, List.of(), audit.programme.technicalAreas);
        return TeamRules.competent(team, registered, assignment)
                .map(refusal -> new CompetenceLapse(audit.id, audit.programme.id, audit.programme.clientId,
                        audit.programme.clientName, audit.type, audit.startDate, audit.endDate,
                        team.stream().map(TeamRules.Nomination::username).toList(), refusal.rule().slug(),
                        refusal.detail()));
    }

    /** Every auditor of the register, by username, with their booked days in each of the months. */
    @WithSession
    public Uni<List<AuditorLoad>> load(YearMonth first, int months) {
        List<YearMonth> range = Stream.iterate(first, month -> month.plusMonths(1)).limit(months).toList();
        return planning.bookedMonths(first.atDay(1), range.getLast().atDay(1))
                .flatMap(booked -> auditors.find("order by username").list().map(register -> {
                    Map<String, Map<String, Integer>> days = booked.stream().collect(Collectors.groupingBy(
                            BookedMonth::username, Collectors.toMap(BookedMonth::month, BookedMonth::days)));
                    return register.stream()
                            .map(auditor -> new AuditorLoad(auditor.username, auditor.name, range.stream()
                                    .map(month -> new AuditorLoad.MonthLoad(month.toString(),
                                            days.getOrDefault(auditor.username, Map.of())
                                                    .getOrDefault(month.toString(), 0)))
                                    .toList()))
                            .toList();
                }));
    }
}
