package io.opencert.scheduling.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CycleStatusTest {

    /** What each certificate event makes of a cycle's status; a cycle that has ended stays as it ended. */
    @ParameterizedTest(name = "{0}: suspended {1}, reinstated {2}, withdrawn {3}, expired {4}")
    @CsvSource({
            "AWAITING_CERTIFICATE, AWAITING_CERTIFICATE, AWAITING_CERTIFICATE, AWAITING_CERTIFICATE, AWAITING_CERTIFICATE",
            "CERTIFIED,            SUSPENDED,            CERTIFIED,            WITHDRAWN,            EXPIRED",
            "SUSPENDED,            SUSPENDED,            CERTIFIED,            WITHDRAWN,            EXPIRED",
            "RENEWED,              RENEWED,              RENEWED,              RENEWED,              RENEWED",
            "WITHDRAWN,            WITHDRAWN,            WITHDRAWN,            WITHDRAWN,            WITHDRAWN",
            "EXPIRED,              EXPIRED,              EXPIRED,              EXPIRED,              EXPIRED"})
    void onlyALiveCycleFollowsItsCertificate(CycleStatus status, CycleStatus suspended, CycleStatus reinstated,
                                             CycleStatus withdrawn, CycleStatus expired) {
        assertThat(status.suspended()).isEqualTo(suspended);
        assertThat(status.reinstated()).isEqualTo(reinstated);
        assertThat(status.withdrawn()).isEqualTo(withdrawn);
        assertThat(status.expired()).isEqualTo(expired);
        assertThat(status.live()).isEqualTo(status == CycleStatus.CERTIFIED || status == CycleStatus.SUSPENDED);
    }
}
