package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BookingWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2029, 3, 12);
    private static final DueWindow WINDOW = new DueWindow(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 3, 31));

    @ParameterizedTest(name = "starting {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2029-03-12 | bookable
            2029-09-02 | bookable
            2029-03-11 | audit-date-passed
            2028-12-01 | audit-date-passed
            """)
    void anAuditStartsTodayAtTheEarliest(LocalDate start, String outcome) {
        assertThat(outcome(BookingWindow.notInThePast(start, TODAY))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}, deviation {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SURVEILLANCE    | 2029-01-01 | 2029-01-01 | false | bookable
            SURVEILLANCE    | 2029-03-30 | 2029-03-31 | false | bookable
            SURVEILLANCE    | 2028-12-31 | 2029-01-01 | false | outside-due-window
            SURVEILLANCE    | 2029-03-31 | 2029-04-01 | false | outside-due-window
            SURVEILLANCE    | 2029-04-02 | 2029-04-02 | true  | bookable
            STAGE_1         | 2028-12-31 | 2028-12-31 | true  | bookable
            RECERTIFICATION | 2029-01-01 | 2029-01-02 | false | bookable
            RECERTIFICATION | 2029-03-31 | 2029-04-01 | false | outside-due-window
            RECERTIFICATION | 2029-03-31 | 2029-04-01 | true  | bookable
            RECERTIFICATION | 2028-12-31 | 2029-01-01 | false | recertification-too-early
            RECERTIFICATION | 2028-12-31 | 2029-01-01 | true  | recertification-too-early
            """)
    void anAuditTakesPlaceInItsWindowUnlessADeviationSaysWhyButARecertificationNeverBeforeIt(
            AuditType type, LocalDate start, LocalDate end, boolean deviation, String outcome) {
        assertThat(outcome(BookingWindow.check(type, WINDOW, start, end, deviation))).isEqualTo(outcome);
    }

    private static String outcome(Optional<Refusal> refusal) {
        return refusal.map(found -> found.rule().slug()).orElse("bookable");
    }
}
