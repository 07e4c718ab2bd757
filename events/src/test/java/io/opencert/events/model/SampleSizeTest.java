package io.opencert.events.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSizeTest {

    @ParameterizedTest(name = "{0} other sites: initial {1}, surveillance {2}, recertification {3}")
    @CsvSource({"0, 0, 0, 0", "1, 1, 1, 1", "4, 2, 2, 2", "9, 3, 2, 3", "10, 4, 2, 3", "16, 4, 3, 4",
            "25, 5, 3, 4", "26, 6, 4, 5", "100, 10, 6, 8"})
    void samplesTheRoundedUpShareOfTheOtherSites(int others, int initial, int surveillance, int recertification) {
        assertThat(SampleSize.otherSitesToVisit(others, AuditType.STAGE_2)).isEqualTo(initial);
        assertThat(SampleSize.otherSitesToVisit(others, AuditType.SURVEILLANCE)).isEqualTo(surveillance);
        assertThat(SampleSize.otherSitesToVisit(others, AuditType.RECERTIFICATION)).isEqualTo(recertification);
    }
}
