package io.opencert.audit.auditor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorsWhoLeftTest {
    private static final LocalDate LEFT_ON = LocalDate.of(2026, 10, 1);

    @ParameterizedTest(name = "leaving on 2026-10-01, refused on {0}: {1}")
    @CsvSource({
            "2026-06-15, false",
            "2026-09-30, false",
            "2026-10-01, true",
            "2026-10-02, true",
            "2028-01-01, true"
    })
    void anAuditorIsRefusedFromTheFirstDayTheyNoLongerAuditForTheBody(LocalDate day, boolean refused) {
        assertThat(AuditorsWhoLeft.refused(LEFT_ON, day)).isEqualTo(refused);
    }
}
