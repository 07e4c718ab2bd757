package io.opencert.certificate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateValidityTest {

    @ParameterizedTest(name = "decided {0}, valid until {1}")
    @CsvSource({
            "2026-03-15, 2029-03-14",
            "2026-01-01, 2028-12-31",
            "2026-12-31, 2029-12-30",
            // the day before 1 March 2028 is the leap day
            "2025-03-01, 2028-02-29",
            "2026-03-01, 2029-02-28",
    })
    void expiresTheDayBeforeTheThirdAnniversary(LocalDate decision, LocalDate expiry) {
        assertThat(CertificateValidity.expiryDate(decision)).isEqualTo(expiry);
    }

    @Test
    void aLeapDayDecisionExpiresOn28FebruaryOfTheThirdYear() {
        assertThat(CertificateValidity.expiryDate(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void theDayBeforeALeapDayExpiresTheDayBefore() {
        assertThat(CertificateValidity.expiryDate(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2031, 2, 27));
    }

    @ParameterizedTest(name = "expired after {0}, restored: valid until {1}")
    @CsvSource({
            "2029-03-14, 2032-03-14",
            // month ends stay month ends
            "2027-05-31, 2030-05-31",
            "2027-04-30, 2030-04-30",
            // the cycles meet without a gap: after a leap day comes 28 February, before one 29 February
            "2028-02-29, 2031-02-28",
            "2029-02-28, 2032-02-29",
            "2026-02-28, 2029-02-28",
    })
    void aRestoredCertificateCountsItsNewCycleFromThePreviousExpiry(LocalDate previousExpiry, LocalDate restoredExpiry) {
        assertThat(CertificateValidity.restoredExpiryDate(previousExpiry)).isEqualTo(restoredExpiry);
    }
}
