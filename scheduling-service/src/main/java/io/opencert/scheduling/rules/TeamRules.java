package io.opencert.scheduling.rules;

import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamRole;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_ALREADY_BOOKED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_EXCLUDED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_HAS_LEFT;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_NOT_QUALIFIED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_NOT_REGISTERED;
import static io.opencert.scheduling.rules.ProgrammeRule.AUDITOR_UNAVAILABLE;
import static io.opencert.scheduling.rules.ProgrammeRule.CERTIFICATION_BODY_CONSULTED_CLIENT;
import static io.opencert.scheduling.rules.ProgrammeRule.EXACTLY_ONE_LEAD_AUDITOR;
import static io.opencert.scheduling.rules.ProgrammeRule.LEAD_AUDITOR_ROTATION;
import static io.opencert.scheduling.rules.ProgrammeRule.NOT_A_LEAD_AUDITOR;
import static io.opencert.scheduling.rules.ProgrammeRule.TEAM_MEMBER_LISTED_TWICE;

/**
 * Who may form the team of an audit (ISO/IEC 17021-1 7.2 and 9.1.3). The first rule a proposed team breaks is
 * the refusal, named so that the planner knows what to change.
 */
public final class TeamRules {

    /** A person the planner puts on the team, in a role. */
    public record Nomination(String username, TeamRole role) {
    }

    /**
     * What the auditor register says about a person.
     *
     * @param leftOn         the first day on which they no longer audit for the body; null while they do
     * @param qualifications the qualifications granted to them, lapsed ones included
     */
    public record RegisteredAuditor(String username, Set<Standard> standards, boolean leadAuditor, LocalDate leftOn,
                                    List<Competence.Qualification> qualifications) {
        /** A person who audits for the body. */
        public RegisteredAuditor(String username, Set<Standard> standards, boolean leadAuditor,
                                 List<Competence.Qualification> qualifications) {
            this(username, standards, leadAuditor, null, qualifications);
        }
    }

    /** Days an auditor is already committed to another audit, both inclusive. */
    public record Booking(String username, UUID auditId, LocalDate startDate, LocalDate endDate) {
        boolean overlaps(LocalDate start, LocalDate end) {
            return !startDate.isAfter(end) && !endDate.isBefore(start);
        }
    }

    /** Days, both inclusive, on which an auditor said they cannot audit (leave, other work, training). */
    public record Unavailable(String username, LocalDate fromDate, LocalDate toDate) {
        boolean overlaps(LocalDate start, LocalDate end) {
            return !fromDate.isAfter(end) && !toDate.isBefore(start);
        }
    }

    /**
     * The audit a team is proposed for: the programme's standards and technical areas, the contract's exclusions and
     * the dates.
     *
     * @param previousLead   who led the programme's previous audit when this audit must rotate its lead auditor
     *                       (surveillance, where the certification body configured rotation); otherwise null
     * @param consultancies  what the impartiality register knows of consultancies for the client, by its auditors
     *                       or the body itself, whenever it learnt of them
     * @param technicalAreas the technical areas of the client's scope the team must cover; none when the contract
     *                       named none
     */
    public record Assignment(Collection<Standard> standards, Collection<String> excludedAuditors,
                             LocalDate startDate, LocalDate endDate, String previousLead,
                             Collection<Impartiality.Consultancy> consultancies, Collection<String> technicalAreas) {

        /** An audit of a client the register knows no consultancy for, of a scope without technical areas. */
        public Assignment(Collection<Standard> standards, Collection<String> excludedAuditors, LocalDate startDate,
                          LocalDate endDate, String previousLead) {
            this(standards, excludedAuditors, startDate, endDate, previousLead, List.of(), List.of());
        }

        /** The same audit on other dates. */
        public Assignment on(LocalDate start, LocalDate end) {
            return new Assignment(standards, excludedAuditors, start, end, previousLead, consultancies,
                    technicalAreas);
        }

        /** The same audit with no technical areas to cover: what each person must meet on their own. */
        public Assignment withoutTechnicalAreas() {
            return new Assignment(standards, excludedAuditors, startDate, endDate, previousLead, consultancies,
                    List.of());
        }
    }

    /**
     * @param register the register entries of the nominated people (missing ones are not registered)
     * @param bookings other audits the nominated people are booked for
     * @param unavailable days the nominated people said they cannot audit
     */
    public static Optional<Refusal> check(List<Nomination> team, Assignment assignment,
                                          Collection<RegisteredAuditor> register, Collection<Booking> bookings,
                                          Collection<Unavailable> unavailable) {
        Map<String, RegisteredAuditor> registered = register.stream()
                .collect(Collectors.toMap(RegisteredAuditor::username, Function.identity()));
        return bodyImpartial(assignment)
                .or(() -> exactlyOneLead(team))
                .or(() -> nobodyTwice(team))
                .or(() -> nobodyExcluded(team, assignment.excludedAuditors()))
                .or(() -> nobodyConsulted(team, assignment))
                .or(() -> everyoneRegistered(team, registered))
                .or(() -> nobodyGone(team, registered, assignment))
                .or(() -> leadMayLead(team, registered))
                .or(() -> leadRotates(team, assignment.previousLead()))
                .or(() -> auditorsQualified(team, registered, assignment.standards()))
                .or(() -> assignment.startDate() == null ? Optional.empty()
                        : competent(team, registered, assignment))
                .or(() -> nobodyBookedElsewhere(team, bookings, assignment))
                .or(() -> nobodyUnavailable(team, unavailable, assignment));
    }

    private static Optional<Refusal> exactlyOneLead(List<Nomination> team) {
        long leads = team.stream().filter(member -> member.role() == TeamRole.LEAD_AUDITOR).count();
        return leads == 1 ? Optional.empty() : refuse(EXACTLY_ONE_LEAD_AUDITOR,
                "A team has exactly one " + TeamRole.LEAD_AUDITOR + "; this one has " + leads + ".");
    }

    private static Optional<Refusal> nobodyTwice(List<Nomination> team) {
        Set<String> seen = new HashSet<>();
        return team.stream().filter(member -> !seen.add(member.username())).findFirst()
                .flatMap(member -> refuse(TEAM_MEMBER_LISTED_TWICE,
                        member.username() + " is listed more than once; give each person one role."));
    }

    private static Optional<Refusal> nobodyExcluded(List<Nomination> team, Collection<String> excluded) {
        return team.stream().filter(member -> excluded.contains(member.username())).findFirst()
                .flatMap(member -> refuse(AUDITOR_EXCLUDED, member.username() + " is excluded from this "
                        + "client's audits by the contract (consultancy within the last 2 years)."));
    }

    /** The body's own consultancy within 2 years of the audit keeps every team from it. */
    private static Optional<Refusal> bodyImpartial(Assignment assignment) {
        return assignment.startDate() == null ? Optional.empty()
                : bodyConsulted(assignment.consultancies(), assignment.startDate(), assignment.endDate());
    }

    /**
     * The refusal of any audit of the client from {@code start} to {@code end}, when the certification body itself
     * consulted the client within 2 years of it.
     */
    public static Optional<Refusal> bodyConsulted(Collection<Impartiality.Consultancy> consultancies, LocalDate start,
                                                  LocalDate end) {
        return Impartiality.consultancyOfTheBody(consultancies, start, end)
                .flatMap(consultancy -> refuse(CERTIFICATION_BODY_CONSULTED_CLIENT, "The certification body "
                        + "consulted this client " + consultancy.period() + " (impartiality register), within "
                        + Impartiality.YEARS_APART + " years of an audit from " + start + " to " + end
                        + "; it audits the client no earlier than " + Impartiality.YEARS_APART
                        + " years after the consultancy ended."));
    }

    /** A consultancy the register learnt of after the contract keeps its consultant out just the same. */
    private static Optional<Refusal> nobodyConsulted(List<Nomination> team, Assignment assignment) {
        if (assignment.startDate() == null) {
            return Optional.empty();
        }
        for (Nomination member : team) {
            Optional<Impartiality.Consultancy> consulted = Impartiality.consultancyOf(member.username(),
                    assignment.consultancies(), assignment.startDate(), assignment.endDate());
            if (consulted.isPresent()) {
                return refuse(AUDITOR_EXCLUDED, member.username() + " consulted this client "
                        + consulted.get().period() + " (impartiality register), within " + Impartiality.YEARS_APART
                        + " years of the audit from " + assignment.startDate() + " to " + assignment.endDate() + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> everyoneRegistered(List<Nomination> team,
                                                        Map<String, RegisteredAuditor> registered) {
        return team.stream().filter(member -> !registered.containsKey(member.username())).findFirst()
                .flatMap(member -> refuse(AUDITOR_NOT_REGISTERED,
                        member.username() + " is not in the auditor register."));
    }

    /** Someone who leaves the body audits up to the day before they leave. */
    private static Optional<Refusal> nobodyGone(List<Nomination> team, Map<String, RegisteredAuditor> registered,
                                                Assignment assignment) {
        if (assignment.endDate() == null) {
            return Optional.empty();
        }
        return team.stream()
                .map(member -> registered.get(member.username()))
                .filter(auditor -> auditor.leftOn() != null && !assignment.endDate().isBefore(auditor.leftOn()))
                .findFirst()
                .flatMap(auditor -> refuse(AUDITOR_HAS_LEFT, auditor.username() + " leaves the certification body on "
                        + auditor.leftOn() + ", before the audit ends on " + assignment.endDate() + "."));
    }

    private static Optional<Refusal> leadMayLead(List<Nomination> team, Map<String, RegisteredAuditor> registered) {
        return team.stream()
                .filter(member -> member.role() == TeamRole.LEAD_AUDITOR)
                .filter(member -> !registered.get(member.username()).leadAuditor())
                .findFirst()
                .flatMap(member -> refuse(NOT_A_LEAD_AUDITOR,
                        member.username() + " is not registered as a lead auditor."));
    }

    private static Optional<Refusal> leadRotates(List<Nomination> team, String previousLead) {
        return team.stream()
                .filter(member -> member.role() == TeamRole.LEAD_AUDITOR)
                .filter(member -> member.username().equals(previousLead))
                .findFirst()
                .flatMap(member -> refuse(LEAD_AUDITOR_ROTATION, member.username() + " led the programme's "
                        + "previous audit; surveillance audits rotate the lead auditor."));
    }

    /** Technical experts bring knowledge of the client's field, not audit competence: only auditors need standards. */
    private static Optional<Refusal> auditorsQualified(List<Nomination> team, Map<String, RegisteredAuditor> registered,
                                                       Collection<Standard> standards) {
        for (Nomination member : team) {
            if (member.role() == TeamRole.TECHNICAL_EXPERT) {
                continue;
            }
            Set<Standard> qualified = registered.get(member.username()).standards();
            Optional<Standard> missing = standards.stream()
                    .filter(standard -> !qualified.contains(standard))
                    .findFirst();
            if (missing.isPresent()) {
                return refuse(AUDITOR_NOT_QUALIFIED,
                        member.username() + " is not qualified for " + missing.get().title() + ".");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a team with exactly one lead, each of them in the register, is competent on the assignment's dates;
     * also asked of booked teams, whose qualifications may lapse before the audit.
     */
    public static Optional<Refusal> competent(List<Nomination> team, Map<String, RegisteredAuditor> registered,
                                              Assignment assignment) {
        List<Competence.Qualification> lead = team.stream()
                .filter(member -> member.role() == TeamRole.LEAD_AUDITOR)
                .findFirst()
                .map(member -> registered.get(member.username()).qualifications())
                .orElseThrow();
        List<Collection<Competence.Qualification>> members = team.stream()
                .<Collection<Competence.Qualification>>map(member -> registered.get(member.username())
                        .qualifications())
                .toList();
        return Competence.check(lead, members, assignment.standards(), assignment.technicalAreas(),
                assignment.startDate(), assignment.endDate());
    }

    private static Optional<Refusal> nobodyBookedElsewhere(List<Nomination> team, Collection<Booking> bookings,
                                                           Assignment assignment) {
        Set<String> usernames = team.stream().map(Nomination::username).collect(Collectors.toSet());
        return bookings.stream()
                .filter(booking -> usernames.contains(booking.username()))
                .filter(booking -> booking.overlaps(assignment.startDate(), assignment.endDate()))
                .findFirst()
                .flatMap(booking -> refuse(AUDITOR_ALREADY_BOOKED, booking.username() + " is already booked from "
                        + booking.startDate() + " to " + booking.endDate() + " for audit " + booking.auditId() + "."));
    }

    /** Leave, other work and training block every day from the first to the last, both inclusive. */
    private static Optional<Refusal> nobodyUnavailable(List<Nomination> team, Collection<Unavailable> unavailable,
                                                       Assignment assignment) {
        Set<String> usernames = team.stream().map(Nomination::username).collect(Collectors.toSet());
        return unavailable.stream()
                .filter(period -> usernames.contains(period.username()))
                .filter(period -> period.overlaps(assignment.startDate(), assignment.endDate()))
                .min(Comparator.comparing(Unavailable::fromDate))
                .flatMap(period -> refuse(AUDITOR_UNAVAILABLE, period.username() + " is unavailable from "
                        + period.fromDate() + " to " + period.toDate() + ", which overlaps the audit from "
                        + assignment.startDate() + " to " + assignment.endDate() + "."));
    }

    private static Optional<Refusal> refuse(ProgrammeRule rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }

    private TeamRules() {
    }
}
