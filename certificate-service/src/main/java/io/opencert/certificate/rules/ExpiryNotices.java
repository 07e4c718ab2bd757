package io.opencert.certificate.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The notices a certificate holder gets before the certificate expires, e.g. 90, 60 and 30 days before, each once.
 * When a run was missed, only the most pressing notice is sent: a "90 days" notice 55 days before expiry would
 * mislead the holder, so the 60-day notice goes out and the 90-day one is skipped.
 */
public final class ExpiryNotices {
    private final List<Integer> daysBeforeExpiry;

    public ExpiryNotices(Collection<Integer> daysBeforeExpiry) {
        if (daysBeforeExpiry.isEmpty() || daysBeforeExpiry.stream().anyMatch(days -> days <= 0)) {
            throw new IllegalArgumentException("notice periods must be positive days, got " + daysBeforeExpiry);
        }
        this.daysBeforeExpiry = daysBeforeExpiry.stream().distinct().sorted().toList();
    }

    /** The earliest notice period: certificates expiring later than today plus this need no notice today. */
    public int longestPeriod() {
        return daysBeforeExpiry.getLast();
    }

    /**
     * The notice period due on {@code today} for a certificate valid until {@code expiryDate} (inclusive), given the
     * periods whose notice was sent already; empty when none is due or the certificate has expired.
     */
    public OptionalInt dueOn(LocalDate today, LocalDate expiryDate, Set<Integer> alreadySent) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiryDate);
        if (daysLeft < 0) {
            return OptionalInt.empty();
        }
        return daysBeforeExpiry.stream()
                .filter(period -> daysLeft <= period)
                .findFirst()
                .filter(period -> !alreadySent.contains(period))
                .map(OptionalInt::of)
                .orElseGet(OptionalInt::empty);
    }
}
