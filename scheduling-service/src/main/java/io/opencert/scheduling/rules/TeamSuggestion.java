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

/**
 * Proposes the earliest dates inside a due window on which a team is free, and the least busy people for it. Every
 * proposal is one that {@link TeamRules} accepts: each candidate team is checked by the same rules as a booking.
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

    private static Optional<List<Nomination>> teamFor(Assignment assignment, int calendarDays,
                                                      List<RegisteredAuditor> byLoad,
                                                      Collection<RegisteredAuditor> register,
                                                      Collection<Booking> bookings, Collection<Unavailable> unavailable) {
        for (RegisteredAuditor lead : byLoad) {
            List<Nomination> team = new ArrayList<>(List.of(new Nomination(lead.username(), TeamRole.LEAD_AUDITOR)));
            if (TeamRules.check(team, assignment, register, bookings, unavailable).isPresent()) {
                continue;
            }
            if (calendarDays > DAYS_A_LEAD_AUDITS_ALONE) {
                byLoad.stream()
                        .filter(auditor -> !auditor.username().equals(lead.username()))
                        .map(auditor -> withMember(team, new Nomination(auditor.username(), TeamRole.AUDITOR)))
                        .filter(larger -> TeamRules.check(larger, assignment, register, bookings, unavailable)
                                .isEmpty())
                        .findFirst()
                        .ifPresent(larger -> team.add(larger.getLast()));
            }
            return Optional.of(List.copyOf(team));
        }
        return Optional.empty();
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
