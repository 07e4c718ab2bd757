package io.opencert.scheduling.rules;

import io.opencert.scheduling.rules.SurveillanceYears.Surveillance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SurveillanceYearsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @ParameterizedTest(name = "first due by {0}, recertification by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2029-03-01 | 2030-11-28 | 2029
            2029-06-15 | 2031-03-14 | 2029 2030
            2029-12-15 | 2031-09-14 | 2029 2030
            2031-01-10 | 2031-10-09 | ''
            """)
    void theYearsFromTheFirstSurveillanceToTheOneBeforeTheRecertificationNeedOne(LocalDate firstDueBy,
                                                                                LocalDate recertificationDueBy,
                                                                                String years) {
        assertThat(SurveillanceYears.yearsNeeding(firstDueBy, recertificationDueBy))
                .containsExactlyElementsOf(years == null || years.isBlank() ? List.of()
                        : Arrays.stream(years.split(" ")).map(Integer::valueOf).toList());
    }

    /**
     * A cycle decided on 1 March 2028 needs a surveillance in 2029; one decided on 15 June 2028 in 2029 and 2030.
     * Each surveillance is written {@code booked:<start>} or {@code due:<from>/<by>}.
     */
    @ParameterizedTest(name = "years {0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2029      | booked:2029-01-15 due:2029-12-01/2030-03-01            | kept
            2029      | booked:2028-12-11 due:2029-12-01/2030-03-01            | kept
            2029      | booked:2028-12-11 booked:2029-12-03                    | kept
            2029      | booked:2028-12-11 booked:2030-01-14                    | 2029
            2029      | booked:2030-01-14 due:2029-01-01/2029-03-01            | kept
            2029 2030 | booked:2029-03-20 due:2030-03-15/2030-06-15            | kept
            2029 2030 | booked:2030-03-20 due:2030-03-15/2030-06-15            | 2029
            2029 2030 | due:2028-12-01/2029-03-01 booked:2029-12-20            | 2030
            2029 2030 | due:2028-12-01/2030-01-31 booked:2029-12-20            | kept
            2029 2030 | booked:2030-02-01 booked:2030-05-01                    | 2029
            """)
    void aBookingMayNotLeaveAYearWithoutASurveillance(String years, String surveillances, String outcome) {
        List<Integer> needed = Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();
        List<Surveillance> cycle = Arrays.stream(surveillances.split(" ")).map(SurveillanceYearsTest::surveillance)
                .toList();

        assertThat(SurveillanceYears.check(needed, cycle, TODAY)
                .map(refusal -> refusal.detail().replaceAll(".*with these dates \\[([0-9, ]+)].*", "$1"))
                .orElse("kept"))
                .isEqualTo(outcome);
    }

    @Test
    void theRefusalNamesTheRuleAndTheSurveillances() {
        Refusal refusal = SurveillanceYears.check(List.of(2029),
                List.of(surveillance("booked:2028-12-11"), surveillance("due:2030-01-01/2030-03-01")), TODAY)
                .orElseThrow();

        assertThat(refusal.rule().slug()).isEqualTo("calendar-year-without-surveillance");
        assertThat(refusal.detail()).contains("[2029] would have none", "one from 2028-12-11",
                "one due from 2030-01-01 to 2030-03-01", "deviation");
    }

    @Test
    void aYearOverBeforeTheBookingIsNotLeftByIt() {
        List<Surveillance> cycle = List.of(surveillance("booked:2030-01-10"),
                surveillance("due:2030-03-15/2030-06-15"));

        assertThat(SurveillanceYears.check(List.of(2029, 2030), cycle, LocalDate.of(2029, 12, 28))).isPresent();
        assertThat(SurveillanceYears.check(List.of(2029, 2030), cycle, LocalDate.of(2030, 1, 2))).isEmpty();
    }

    private static Surveillance surveillance(String written) {
        String[] parts = written.split(":");
        if (parts[0].equals("booked")) {
            LocalDate start = LocalDate.parse(parts[1]);
            return new Surveillance(UUID.randomUUID(), new DueWindow(start, start), start);
        }
        String[] window = parts[1].split("/");
        return new Surveillance(UUID.randomUUID(),
                new DueWindow(LocalDate.parse(window[0]), LocalDate.parse(window[1])), null);
    }
}
