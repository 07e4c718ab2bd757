package io.opencert.scheduling.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whoever consulted a client within the 2 years before an audit takes no part in it (ISO/IEC 17021-1 5.2.5 and
 * 5.3.3), whenever the impartiality register learnt of the consultancy; when the certification body itself consulted
 * the client, the body audits it not at all in that time.
 */
public final class Impartiality {
    /** How long a consultancy keeps its consultant (or the body) from the client's audits after it ended. */
    public static final int YEARS_APART = 2;

    /**
     * One consultancy the register knows of.
     *
     * @param auditor  the consultant's username; null when the certification body itself consulted
     * @param fromDate the first day of the consultancy
     * @param toDate   its last day; null while it goes on
     */
    public record Consultancy(UUID consultancyId, String auditor, LocalDate fromDate, LocalDate toDate) {

        public boolean byTheBody() {
            return auditor == null;
        }

        /**
         * Whether it falls within 2 years of an audit from {@code start} to {@code end}: it began by the audit's last
         * day and had not ended 2 years before its first day.
         */
        public boolean within2YearsOf(LocalDate start, LocalDate end) {
            return !fromDate.isAfter(end) && (toDate == null || toDate.isAfter(start.minusYears(YEARS_APART)));
        }

        /** "from 2026-01-05 to 2026-06-30", or "from 2026-01-05, still going on". */
        public String period() {
            return "from " + fromDate + (toDate == null ? ", still going on" : " to " + toDate);
        }
    }

    /** The earliest consultancy of {@code username} within 2 years of the audit, if any. */
    public static Optional<Consultancy> consultancyOf(String username, Collection<Consultancy> consultancies,
                                                      LocalDate start, LocalDate end) {
        return consultancies.stream()
                .filter(consultancy -> username.equals(consultancy.auditor()))
                .filter(consultancy -> consultancy.within2YearsOf(start, end))
                .min(Comparator.comparing(Consultancy::fromDate));
    }

    /** The earliest consultancy of the certification body itself within 2 years of the audit, if any. */
    public static Optional<Consultancy> consultancyOfTheBody(Collection<Consultancy> consultancies, LocalDate start,
                                                             LocalDate end) {
        return consultancies.stream()
                .filter(Consultancy::byTheBody)
                .filter(consultancy -> consultancy.within2YearsOf(start, end))
                .min(Comparator.comparing(Consultancy::fromDate));
    }

    /**
     * The consultants kept from the client's audits as the register stands on {@code day}: whoever consulted it in
     * the 2 years before or still does, sorted; the application review of a new cycle starts from them.
     */
    public static List<String> consultantsOn(Collection<Consultancy> consultancies, LocalDate day) {
        return consultancies.stream()
                .filter(consultancy -> !consultancy.byTheBody() && consultancy.within2YearsOf(day, day))
                .map(Consultancy::auditor)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * What keeps a booked audit's team from it: the consultancies of its members and of the body itself within
     * 2 years of the audit, earliest first.
     */
    public static List<Consultancy> conflicts(Collection<String> team, Collection<Consultancy> consultancies,
                                              LocalDate start, LocalDate end) {
        return consultancies.stream()
                .filter(consultancy -> consultancy.byTheBody() || team.contains(consultancy.auditor()))
                .filter(consultancy -> consultancy.within2YearsOf(start, end))
                .sorted(Comparator.comparing(Consultancy::fromDate))
                .toList();
    }

    private Impartiality() {
    }
}
