package io.opencert.scheduling.auditor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** Continuing professional development the auditor completed: a course, a conference, self-study. */
public record DevelopmentActivity(LocalDate completedOn, BigDecimal hours, String activity) {

    /** The hours of the activities completed after {@code since}. */
    public static BigDecimal hoursSince(Collection<DevelopmentActivity> activities, LocalDate since) {
        return activities.stream()
                .filter(activity -> activity.completedOn().isAfter(since))
                .map(DevelopmentActivity::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
