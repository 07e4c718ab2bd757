package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static io.opencert.scheduling.rules.ProgrammeRule.RECERTIFICATION_TOO_EARLY;
import static org.assertj.core.api.Assertions.assertThat;

/** For generated programmes and bookings: no audit takes place outside its window without a recorded deviation. */
class BookingWindowPropertiesTest {

    @Test
    void noBookingFallsOutsideItsWindowWithoutADeviationAndNoRecertificationBeforeIts() {
        Random random = new Random(9_1_3L);
        long first = LocalDate.of(2025, 1, 1).toEpochDay();
        long last = LocalDate.of(2060, 12, 31).toEpochDay();
        for (int programme = 0; programme < 1000; programme++) {
            LocalDate decision = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            List<Map.Entry<AuditType, DueWindow>> audits = new ArrayList<>();
            DueDates.surveillances(decision).forEach(window -> audits.add(Map.entry(AuditType.SURVEILLANCE, window)));
            audits.add(Map.entry(AuditType.RECERTIFICATION,
                    DueDates.recertification(decision.plusYears(3).minusDays(1))));
            for (Map.Entry<AuditType, DueWindow> audit : audits) {
                DueWindow window = audit.getValue();
                for (int booking = 0; booking < 20; booking++) {
                    LocalDate start = window.from().plusDays(random.nextInt(-60, 150));
                    LocalDate end = start.plusDays(random.nextInt(0, 3));
                    boolean deviation = random.nextBoolean();
                    Optional<Refusal> refusal = BookingWindow.check(audit.getKey(), window, start, end,
                            deviation);
                    boolean inside = !start.isBefore(window.from()) && !end.isAfter(window.by());
                    String what = audit.getKey() + " due " + window + ", booked " + start + " to " + end
                            + (deviation ? " with a deviation" : "");

                    if (inside) {
                        assertThat(refusal).as(what).isEmpty();
                    } else if (audit.getKey() == AuditType.RECERTIFICATION && start.isBefore(window.from())) {
                        assertThat(refusal).as(what).map(found -> found.rule())
                                .contains(RECERTIFICATION_TOO_EARLY);
                    } else {
                        assertThat(refusal.isEmpty()).as(what).isEqualTo(deviation);
                    }
                }
            }
        }
    }
}
