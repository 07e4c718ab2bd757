package io.opencert.scheduling.rules;

import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.rules.TeamRules.Assignment;
import io.opencert.scheduling.rules.TeamRules.Booking;
import io.opencert.scheduling.rules.TeamRules.Nomination;
import io.opencert.scheduling.rules.TeamRules.RegisteredAuditor;
import io.opencert.scheduling.rules.TeamRules.Unavailable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes the earliest dates inside a due window on which a team is free, and the smallest team then (the fewest
 * people who together cover the technical areas of the scope), the least busy people first. Every proposal is one
 * that {@link TeamRules} accepts: each candidate team is checked by the same rules as a booking.
 */
public final class TeamSuggestion {
    /** Audits longer than this get a second auditor beside the lead, when one is free. */
    static final int DAYS_A_LEAD_AUDITS_ALONE = 2;

    public record Proposal(LocalDate startDate, LocalDate endDate, List<Nomination> team) {
    }

    /**
     * @param assignment   the audit; its dates are ignored, the proposal chooses them
     * @param window       the due window the audit must fall in
     * @param earliest     no proposal starts before this day (today)
     * @param calendarDays days on site
     * @param load         booked audit days per username, to share the work; the less busy go first
     */
    public static Optional<Proposal> propose(Assignment assignment, DueWindow window, LocalDate earliest,
                                             int calendarDays, Collection<RegisteredAuditor> register,
                                             Collection<Booking> bookings, Collection<Unavailable> unavailable,
                                             Map<String, Integer> load) {
        List<RegisteredAuditor> byLoad = register.stream()
                .sorted(Comparator.<RegisteredAuditor>comparingInt(auditor -> load.getOrDefault(auditor.username(), 0))
                        .thenComparing(RegisteredAuditor::username))
                .toList();
        LocalDate first = window.from().isBefore(earliest) ? earliest : window.from();
        for (LocalDate start = first; !start.plusDays(calendarDays - 1L).isAfter(window.by());
             start = start.plusDays(1)) {
            LocalDate end = start.plusDays(calendarDays - 1L);
            if (isWeekend(start) || isWeekend(end)) {
                continue;
            }
            Optional<List<Nomination>> team = teamFor(assignment.on(start, end), calendarDays, byLoad, register,
                    bookings, unavailable);
            if (team.isPresent()) {
                return Optional.of(new Proposal(start, end, team.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The smallest team that may audit on the assignment's dates: a lead and as few auditors as cover the technical
     * areas the lead does not, the least busy first. A lead alone on a long audit gets a second auditor when one
     * is free.
     */
    private static Optional<List<Nomination>> teamFor(Assignment assignment, int calendarDays,
                                                      List<RegisteredAuditor> byLoad,
                                                      Collection<RegisteredAuditor> register,
                                                      Collection<Booking> bookings, Collection<Unavailable> unavailable) {
        // every rule but the cover of the technical areas is met or broken by each person on their own
        Assignment alone = assignment.withoutTechnicalAreas();
        List<RegisteredAuditor> leads = byLoad.stream()
                .filter(lead -> TeamRules.check(List.of(leading(lead)), alone, register, bookings, unavailable)
                        .isEmpty())
                .toList();
        if (leads.isEmpty()) {
            return Optional.empty();
        }
        RegisteredAuditor anyLead = leads.getFirst();
        List<RegisteredAuditor> members = byLoad.stream()
                .filter(auditor -> auditor.username().equals(anyLead.username())
                        || TeamRules.check(List.of(leading(anyLead), auditing(auditor)), alone, register, bookings,
                        unavailable).isEmpty())
                .toList();
        Map<String, RegisteredAuditor> byName = byLoad.stream()
                .collect(Collectors.toMap(RegisteredAuditor::username, Function.identity()));
        for (int others = 0; others <= assignment.technicalAreas().size(); others++) {
            for (RegisteredAuditor lead : leads) {
                List<RegisteredAuditor> pool = members.stream()
                        .filter(auditor -> !auditor.username().equals(lead.username()))
                        .toList();
                Optional<List<Nomination>> team = cover(assignment, List.of(leading(lead)), pool, byName, others)
                        .filter(found -> TeamRules.check(found, assignment, register, bookings, unavailable)
                                .isEmpty());
                if (team.isPresent()) {
                    return Optional.of(others == 0 && calendarDays > DAYS_A_LEAD_AUDITS_ALONE && !pool.isEmpty()
                            ? withMember(team.get(), auditing(pool.getFirst()))
                            : team.get());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code team} with at most {@code others} more people from {@code pool} who cover the technical areas it does
     * not: each step takes the first uncovered area and tries everyone who covers it, so no cover is missed.
     *
     * @param register everyone's register entry, by username
     */
    private static Optional<List<Nomination>> cover(Assignment assignment, List<Nomination> team,
                                                    List<RegisteredAuditor> pool,
                                                    Map<String, RegisteredAuditor> register, int others) {
        List<Collection<Competence.Qualification>> qualifications = team.stream()
                .<Collection<Competence.Qualification>>map(member -> register.get(member.username()).qualifications())
                .toList();
        Set<String> uncovered = Competence.uncovered(qualifications, assignment.standards(),
                assignment.technicalAreas(), assignment.startDate(), assignment.endDate());
        if (uncovered.isEmpty()) {
            return Optional.of(List.copyOf(team));
        }
        if (others == 0) {
            return Optional.empty();
        }
        String area = uncovered.iterator().next();
        for (RegisteredAuditor candidate : pool) {
            boolean onTeam = team.stream().anyMatch(member -> member.username().equals(candidate.username()));
            if (!onTeam && Competence.covered(candidate.qualifications(), assignment.standards(),
                    assignment.startDate(), assignment.endDate()).contains(area)) {
                Optional<List<Nomination>> found = cover(assignment, withMember(team, auditing(candidate)), pool,
                        register, others - 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Nomination leading(RegisteredAuditor auditor) {
        return new Nomination(auditor.username(), TeamRole.LEAD_AUDITOR);
    }

    private static Nomination auditing(RegisteredAuditor auditor) {
        return new Nomination(auditor.username(), TeamRole.AUDITOR);
    }

    private static List<Nomination> withMember(List<Nomination> team, Nomination member) {
        List<Nomination> larger = new ArrayList<>(team);
        larger.add(member);
        return larger;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private TeamSuggestion() {
    }
}
