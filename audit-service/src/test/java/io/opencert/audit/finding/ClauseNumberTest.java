package io.opencert.audit.finding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"4.1", "4.4", "5.3", "7.5", "8.1", "8.2.6", "8.5.1", "8.7.3", "9.4", "10.1", "10.2"})
    void clausesOfIsoIec20000_1Match(String clause) {
        assertThat(clause).matches(ClauseNumber.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8", "10", "3.1", "11.1", "0.1", "1.1", "8.0", "08.5", "8.05.1", "8.5.1.2", "8..1",
            "8.5.", ".8.5", "8,5", "A.1", "8.5.1 ", " 4.1", "4.1a", "100.1"})
    void anythingElseDoesNot(String clause) {
        assertThat(clause).doesNotMatch(ClauseNumber.PATTERN);
    }
}
