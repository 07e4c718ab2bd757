package io.opencert.scheduling.rules;

import io.opencert.events.model.Standard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.opencert.scheduling.rules.ProgrammeRule.LEAD_QUALIFICATION_MISSING;
import static io.opencert.scheduling.rules.ProgrammeRule.TECHNICAL_AREAS_NOT_COVERED;

/**
 * Whether a team is competent for an audit (ISO/IEC 17021-1 7.1.2 and 9.2.2.1, ISO/IEC 20000-6 7.1): its lead holds
 * a lead-auditor qualification for every standard audited, and its members' qualifications together cover every
 * technical area of the client's scope; only qualifications granted by the first day and not expired by the last day
 * of the audit count.
 */
public final class Competence {

    /** What a qualification allows: auditing, or leading an audit team as well. */
    public enum QualifiedRole {
        AUDITOR, LEAD_AUDITOR
    }

    /**
     * A qualification granted to an auditor for a standard, a role and technical areas (codes of the catalogue).
     *
     * @param evidence  where the evidence of the qualification is kept (training record, exam, witness audit)
     * @param expiresOn the last day the qualification is valid; it has lapsed after it
     */
    public record Qualification(UUID id, Standard standard, QualifiedRole role, List<String> technicalAreas,
                                String evidence, LocalDate grantedOn, LocalDate expiresOn) {

        public boolean validThroughout(LocalDate first, LocalDate last) {
            return !grantedOn.isAfter(first) && !expiresOn.isBefore(last);
        }

        public boolean lapsedOn(LocalDate day) {
            return day.isAfter(expiresOn);
        }

        /** The qualification as withdrawn from {@code day} on: it lapses then, unless it expires earlier. */
        public Qualification withdrawnFrom(LocalDate day) {
            LocalDate lastDay = day.minusDays(1);
            return lastDay.isBefore(expiresOn)
                    ? new Qualification(id, standard, role, technicalAreas, evidence, grantedOn, lastDay)
                    : this;
        }
    }

    /** Where a qualification stands on a day: what the auditor and the planners are told. */
    public enum Standing {
        NOT_YET_VALID, VALID, EXPIRING_SOON, LAPSED
    }

    /** Qualifications expiring within this many days are flagged, so that the auditor renews them in time. */
    public static final int EXPIRING_SOON_DAYS = 90;

    public static Standing standing(Qualification qualification, LocalDate today) {
        if (qualification.lapsedOn(today)) {
            return Standing.LAPSED;
        }
        if (today.isBefore(qualification.grantedOn())) {
            return Standing.NOT_YET_VALID;
        }
        return today.plusDays(EXPIRING_SOON_DAYS).isAfter(qualification.expiresOn())
                ? Standing.EXPIRING_SOON : Standing.VALID;
    }

    /**
     * @param lead    the lead auditor's qualifications
     * @param members every team member's qualifications, the lead's included
     * @param areas   the technical areas of the scope; none for a programme from a contract that names none
     */
    public static Optional<Refusal> check(Collection<Qualification> lead, Collection<Collection<Qualification>> members,
                                          Collection<Standard> standards, Collection<String> areas, LocalDate first,
                                          LocalDate last) {
        Optional<Standard> notLed = standards.stream()
                .filter(standard -> lead.stream().noneMatch(qualification -> qualification.standard() == standard
                        && qualification.role() == QualifiedRole.LEAD_AUDITOR
                        && qualification.validThroughout(first, last)))
                .findFirst();
        if (notLed.isPresent()) {
            return Optional.of(new Refusal(LEAD_QUALIFICATION_MISSING, "The lead auditor holds no "
                    + "lead-auditor qualification for " + notLed.get().title() + " valid from " + first + " to "
                    + last + "."));
        }
        Set<String> uncovered = uncovered(members, standards, areas, first, last);
        return uncovered.isEmpty() ? Optional.empty() : Optional.of(new Refusal(TECHNICAL_AREAS_NOT_COVERED,
                "Nobody on the team holds a qualification valid from " + first + " to " + last + " for the "
                        + "technical area(s) " + String.join(", ", uncovered) + " of the client's scope."));
    }

    /** The areas of the scope that no member's qualification for one of the standards covers throughout the audit. */
    public static Set<String> uncovered(Collection<Collection<Qualification>> members, Collection<Standard> standards,
                                        Collection<String> areas, LocalDate first, LocalDate last) {
        Set<String> covered = covered(members.stream().flatMap(Collection::stream).toList(), standards, first, last);
        return areas.stream().filter(area -> !covered.contains(area)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The technical areas these qualifications for one of the standards cover throughout the audit. */
    public static Set<String> covered(Collection<Qualification> qualifications, Collection<Standard> standards,
                                      LocalDate first, LocalDate last) {
        return qualifications.stream()
                .filter(qualification -> standards.contains(qualification.standard()))
                .filter(qualification -> qualification.validThroughout(first, last))
                .flatMap(qualification -> qualification.technicalAreas().stream())
                .collect(Collectors.toSet());
    }

    private Competence() {
    }
}
