package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Stage2RepetitionTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 12);

    @ParameterizedTest(name = "{0}, reported {1}, {2} open on {3}: repeated {4}")
    @CsvSource({
            // type,      reported deadline, open majors, today,     stage 2 to repeat
            "STAGE_2,     ,                  0,           2027-01-01, false",
            "STAGE_2,     ,                  1,           2026-09-12, false",
            "STAGE_2,     ,                  1,           2026-09-13, true",
            "STAGE_2,     2026-09-12,        0,           2026-09-13, true",
            "STAGE_2,     2026-09-12,        0,           2030-01-01, true",
            "SURVEILLANCE, ,                 1,           2027-01-01, false",
            "RECERTIFICATION, 2026-09-12,    1,           2027-01-01, false",
            "SPECIAL,     ,                  2,           2027-01-01, false"})
    void aStage2WaitsForItsRepetitionOnceAMajorMissedItsSixMonths(AuditType type, LocalDate reported, int openMajors,
                                                                 LocalDate today, boolean repeated) {
        assertThat(Stage2Repetition.missed(type, LAST_DAY, reported, openMajors, today).isPresent())
                .isEqualTo(repeated);
        if (repeated) {
            assertThatThrownBy(() -> Stage2Repetition.requireNotMissed(type, LAST_DAY, reported, openMajors, today))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.getMessage())
                            .contains("9.5.3.2"));
        } else {
            assertThatCode(() -> Stage2Repetition.requireNotMissed(type, LAST_DAY, reported, openMajors, today))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "stage 2 ended {0}: last day of the 6 months {1}")
    @CsvSource({"2026-03-12, 2026-09-12", "2025-08-31, 2026-02-28"})
    void theSixMonthsEndOnTheSameDayOfTheMonthOrTheMonthsLastDay(LocalDate lastDay, LocalDate deadline) {
        assertThat(Stage2Repetition.missed(AuditType.STAGE_2, lastDay, null, 1, deadline)).isEmpty();
        assertThat(Stage2Repetition.missed(AuditType.STAGE_2, lastDay, null, 1, deadline.plusDays(1))).isPresent();
    }
}
