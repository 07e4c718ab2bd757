package io.opencert.scheduling.auditor;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentActivityTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 2);

    @Test
    void countsTheHoursCompletedAfterTheDay() {
        List<DevelopmentActivity> development = List.of(
                new DevelopmentActivity(TODAY.minusYears(1), new BigDecimal("8"), "ITIL 4 Foundation"),
                new DevelopmentActivity(TODAY.minusYears(1).plusDays(1), new BigDecimal("3.5"), "Cloud webinar"),
                new DevelopmentActivity(TODAY, new BigDecimal("16"), "ISO/IEC 20000-1 auditor update"));

        assertThat(DevelopmentActivity.hoursSince(development, TODAY.minusYears(1))).isEqualByComparingTo("19.5");
        assertThat(DevelopmentActivity.hoursSince(List.of(), TODAY)).isEqualByComparingTo("0");
    }
}
