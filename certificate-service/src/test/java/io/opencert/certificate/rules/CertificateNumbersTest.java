package io.opencert.certificate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateNumbersTest {

    @Test
    void theDefaultPatternGivesTheYearAndASixDigitSequence() {
        CertificateNumbers numbers = new CertificateNumbers("CB-{year}-{sequence}");

        assertThat(numbers.number(2026, 42)).isEqualTo("CB-2026-000042");
        assertThat(numbers.number(2027, 1_234_567)).isEqualTo("CB-2027-1234567");
    }

    @Test
    void theYearIsOptionalTheSequenceIsNot() {
        assertThat(new CertificateNumbers("ITSM.{sequence}").number(2026, 7)).isEqualTo("ITSM.000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CB-{year}", "cb-{year}-{sequence}", "CB {sequence}", "CB/{year}/{sequence}", "CERTIFICATION-BODY-OF-AUSTRIA-{year}-{sequence}"})
    void patternsThatCouldRepeatOrNotBeFoundAreRefused(String pattern) {
        assertThatThrownBy(() -> new CertificateNumbers(pattern)).isInstanceOf(IllegalArgumentException.class);
    }
}
