package io.opencert.scheduling.programme;

import io.opencert.events.model.AuditType;
import io.opencert.scheduling.auditor.Auditor;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.auditor.Unavailability;
import io.opencert.scheduling.auditor.UnavailabilityRepository;
import io.opencert.scheduling.impartiality.ConsultancyRepository;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.rules.DueWindow;
import io.opencert.scheduling.rules.Impartiality;
import io.opencert.scheduling.rules.TeamRules;
import io.opencert.scheduling.rules.TeamSuggestion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts teams on audits: gathers what {@link TeamRules} needs from the register, the bookings, the unavailability and
 * the client's consultancies the impartiality register knows of, for a booking (refusing a team that breaks a rule)
 * or for a suggestion. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class TeamPlanner {
    private final AuditorRepository auditors;
    private final PlannedAuditRepository plannedAudits;
    private final UnavailabilityRepository unavailability;
    private final ConsultancyRepository consultancies;
    private final boolean surveillanceLeadRotation;

    TeamPlanner(AuditorRepository auditors, PlannedAuditRepository plannedAudits,
                UnavailabilityRepository unavailability, ConsultancyRepository consultancies,
                @ConfigProperty(name = "cb.scheduling.surveillance-lead-rotation") boolean surveillanceLeadRotation) {
        this.auditors = auditors;
        this.plannedAudits = plannedAudits;
        this.unavailability = unavailability;
        this.consultancies = consultancies;
        this.surveillanceLeadRotation = surveillanceLeadRotation;
    }

    /**
     * The team as it may be booked, with each person's name from the register; a 409 naming the rule otherwise.
     * The nominated people's register entries stay locked until the transaction ends: two planners booking the same
     * auditor take turns, and the second one sees the first one's booking.
     */
    public Uni<List<TeamAssignment>> assign(AuditProgramme programme, PlannedAudit audit,
                                            List<BookingRequest.Member> team, LocalDate start, LocalDate end) {
        List<String> usernames = team.stream().map(BookingRequest.Member::username).distinct().toList();
        List<TeamRules.Nomination> nominations = team.stream()
                .map(member -> new TeamRules.Nomination(member.username(), member.role()))
                .toList();
        return auditors.lockForBooking(usernames)
                .call(register -> consultancies.ofClient(programme.clientId).flatMap(known -> plannedAudits
                        .bookingsOf(usernames, start, end, audit.id)
                        .flatMap(bookings -> unavailability.overlapping(ids(register), start, end)
                                .invoke(periods -> TeamRules.check(nominations,
                                                assignment(programme, audit, start, known).on(start, end),
                                                entries(register), bookings, unavailable(periods, register))
                                        .ifPresent(refusal -> {
                                            throw refusal.violation();
                                        })))))
                .map(register -> assignments(team, register));
    }

    /** The best team and dates inside the audit's booking window from {@code today} on, if anyone is free. */
    public Uni<Optional<TeamSuggestion.Proposal>> suggest(AuditProgramme programme, PlannedAudit audit,
                                                          LocalDate today) {
        DueWindow window = audit.bookingWindow();
        return consultancies.ofClient(programme.clientId).flatMap(known -> auditors.listAll()
                .map(all -> all.stream().filter(auditor -> !auditor.hasLeftBy(window.by())).toList())
                .flatMap(register -> {
            List<String> usernames = register.stream().map(auditor -> auditor.username).toList();
            return plannedAudits.bookingsOf(usernames, window.from(), window.by(), audit.id)
                    .flatMap(bookings -> unavailability.overlapping(ids(register), window.from(), window.by())
                            .map(periods -> TeamSuggestion.propose(assignment(programme, audit, null, known), window,
                                    today,
                                    audit.calendarDaysOnSite(), entries(register), bookings,
                                    unavailable(periods, register), load(bookings))));
        }));
    }

    /**
     * The audit's own standards (a cloud audit needs the cloud qualification), the technical areas of the
     * programme's scope, the programme's exclusions, the
     * client's consultancies the impartiality register knows of and, where the lead rotates, who led the programme's
     * previous audit (the latest one with dates, before {@code start} when the start is known).
     */
    private TeamRules.Assignment assignment(AuditProgramme programme, PlannedAudit audit, LocalDate start,
                                            List<Impartiality.Consultancy> consultancies) {
        String previousLead = surveillanceLeadRotation && audit.type == AuditType.SURVEILLANCE
                ? programme.audits.stream()
                        .filter(other -> !other.id.equals(audit.id) && other.startDate != null)
                        .filter(other -> start == null || other.startDate.isBefore(start))
                        .max(Comparator.comparing(other -> other.startDate))
                        .flatMap(PlannedAudit::leadAuditor)
                        .orElse(null)
                : null;
        return new TeamRules.Assignment(audit.standards, programme.excludedAuditors, null, null, previousLead,
                consultancies, programme.technicalAreas);
    }

    /** Audit days already booked per person in the window. */
    private static Map<String, Integer> load(List<TeamRules.Booking> bookings) {
        Map<String, Integer> load = new HashMap<>();
        bookings.forEach(booking -> load.merge(booking.username(),
                (int) ChronoUnit.DAYS.between(booking.startDate(), booking.endDate()) + 1, Integer::sum));
        return load;
    }

    private static List<UUID> ids(List<Auditor> register) {
        return register.stream().map(auditor -> auditor.id).toList();
    }

    private static List<TeamRules.RegisteredAuditor> entries(List<Auditor> register) {
        return register.stream()
                .map(auditor -> new TeamRules.RegisteredAuditor(auditor.username, Set.copyOf(auditor.standards),
                        auditor.leadAuditor, auditor.leftOn(), auditor.qualifications()))
                .toList();
    }

    private static List<TeamRules.Unavailable> unavailable(List<Unavailability> periods, List<Auditor> register) {
        Map<UUID, String> usernames = register.stream()
                .collect(Collectors.toMap(auditor -> auditor.id, auditor -> auditor.username));
        return periods.stream()
                .map(period -> new TeamRules.Unavailable(usernames.get(period.auditorId), period.fromDate,
                        period.toDate))
                .toList();
    }

    private static List<TeamAssignment> assignments(List<BookingRequest.Member> team, List<Auditor> register) {
        Map<String, String> names = register.stream()
                .collect(Collectors.toMap(auditor -> auditor.username, auditor -> auditor.name));
        return team.stream()
                .map(member -> new TeamAssignment(member.username(), names.get(member.username()), member.role()))
                .toList();
    }
}
