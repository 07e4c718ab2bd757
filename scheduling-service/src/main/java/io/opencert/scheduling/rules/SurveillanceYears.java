package io.opencert.scheduling.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.opencert.scheduling.rules.ProgrammeRule.CALENDAR_YEAR_WITHOUT_SURVEILLANCE;

/**
 * Surveillance audits take place at least once every calendar year, except in the recertification year
 * (ISO/IEC 17021-1 9.1.2.2). The years of a cycle that need one run from the year its first surveillance is due by
 * (the decision year has the initial audit) to the year before the one its recertification is due by (that year has
 * the recertification). {@link DueDates#surveillances} plans a window inside each of them; a booking that would leave
 * one of them without any surveillance, whatever dates the cycle's other surveillances are or can still be booked for,
 * is refused ({@code calendar-year-without-surveillance}) unless staff record why it deviates from the programme. A
 * year that is over before the booking is made is not left by it: no booking can give it a surveillance any more (a
 * missed one is the date watch's and the certificate's concern).
 */
public final class SurveillanceYears {

    /**
     * A surveillance of the cycle that is still due or done.
     *
     * @param window     when it may take place while it is not booked
     * @param startDate  its first day when booked or held (for the one being booked, the requested day); else null
     */
    public record Surveillance(UUID id, DueWindow window, LocalDate startDate) {

        /** The years it falls in: its start's, or any its window touches while not booked. */
        List<Integer> years() {
            if (startDate != null) {
                return List.of(startDate.getYear());
            }
            List<Integer> years = new ArrayList<>();
            for (int year = window.from().getYear(); year <= window.by().getYear(); year++) {
                years.add(year);
            }
            return years;
        }
    }

    /** The calendar years of a cycle that need a surveillance, earliest first. */
    public static List<Integer> yearsNeeding(LocalDate firstSurveillanceDueBy, LocalDate recertificationDueBy) {
        List<Integer> years = new ArrayList<>();
        for (int year = firstSurveillanceDueBy.getYear(); year < recertificationDueBy.getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /**
     * Whether every year in {@code years} from {@code today}'s on still gets a surveillance of its own with the cycle's
     * surveillances as they are booked, held or still due (one of them with the dates being booked).
     */
    public static Optional<Refusal> check(List<Integer> years, List<Surveillance> surveillances, LocalDate today) {
        Map<Integer, Surveillance> held = new HashMap<>();
        List<Integer> without = new ArrayList<>();
        for (int year : years) {
            if (year < today.getYear()) {
                continue;
            }
            if (!assign(year, surveillances, held, new ArrayList<>())) {
                without.add(year);
            }
        }
        if (without.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(CALENDAR_YEAR_WITHOUT_SURVEILLANCE, "The cycle needs a surveillance in "
                + "each of the years " + years + "; with these dates " + without + " would have none ("
                + describe(surveillances) + "). Choose dates that leave each of these years a surveillance, or record "
                + "why the programme deviates (deviation)."));
    }

    /** Finds {@code year} a surveillance of its own, moving those other years took to another of their years. */
    private static boolean assign(int year, List<Surveillance> surveillances, Map<Integer, Surveillance> held,
                                  List<UUID> tried) {
        for (Surveillance surveillance : surveillances) {
            if (!surveillance.years().contains(year) || tried.contains(surveillance.id())) {
                continue;
            }
            tried.add(surveillance.id());
            Optional<Integer> takenFor = held.entrySet().stream()
                    .filter(entry -> entry.getValue().id().equals(surveillance.id()))
                    .map(Map.Entry::getKey).findFirst();
            if (takenFor.isEmpty() || assign(takenFor.get(), surveillances, held, tried)) {
                held.put(year, surveillance);
                return true;
            }
        }
        return false;
    }

    private static String describe(List<Surveillance> surveillances) {
        return String.join("; ", surveillances.stream()
                .map(surveillance -> surveillance.startDate() != null
                        ? "one from " + surveillance.startDate()
                        : "one due from " + surveillance.window().from() + " to " + surveillance.window().by())
                .toList());
    }

    private SurveillanceYears() {
    }
}
