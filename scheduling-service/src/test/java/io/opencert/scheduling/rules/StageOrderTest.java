package io.opencert.scheduling.rules;

import io.opencert.events.model.Recommendation;
import io.opencert.scheduling.rules.StageOrder.Stage1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StageOrderTest {
    private static final LocalDate STAGE_1_ENDED = LocalDate.of(2027, 3, 1);
    private static final int SIX_MONTHS = 6;

    @ParameterizedTest(name = "{0} with {1} open major(s): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTINUE                            | 0 | ready
            CERTIFY                             | 0 | ready
            CERTIFY_AFTER_NONCONFORMITY_CLOSURE | 0 | stage 1 recommended CERTIFY_AFTER_NONCONFORMITY_CLOSURE
            SUSPEND                             | 0 | stage 1 recommended SUSPEND
            REFUSE                              | 2 | stage 1 recommended REFUSE with 2 major nonconformity(ies) open
            CONTINUE                            | 1 | stage 1 left 1 major nonconformity(ies) open
            """)
    void onlyAStage1RecommendingToGoOnWithNoMajorNonconformityOpenFindsTheClientReady(
            Recommendation recommendation, int openMajors, String outcome) {
        assertThat(StageOrder.notReadyBecause(recommendation, openMajors).orElse("ready")).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "stage 2 from {0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-03-02 | 2027-03-03 | bookable
            2027-09-01 | 2027-09-01 | bookable
            2027-08-31 | 2027-09-01 | bookable
            2027-03-01 | 2027-03-02 | stage-1-not-completed
            2027-02-20 | 2027-02-21 | stage-1-not-completed
            2027-08-31 | 2027-09-02 | stage-1-too-long-ago
            2028-01-10 | 2028-01-11 | stage-1-too-long-ago
            """)
    void stage2StartsAfterAReadyStage1AndEndsWithinSixMonthsOfIt(LocalDate start, LocalDate end, String outcome) {
        Optional<Stage1> ready = Optional.of(new Stage1(STAGE_1_ENDED, Recommendation.CONTINUE, null));

        assertThat(outcome(StageOrder.checkStage2(ready, start, end, SIX_MONTHS))).isEqualTo(outcome);
    }

    @Test
    void stage2WaitsForAStage1AndForOneThatFindsTheClientReady() {
        LocalDate start = LocalDate.of(2027, 5, 10);
        assertThat(outcome(StageOrder.checkStage2(Optional.empty(), start, start, SIX_MONTHS)))
                .isEqualTo("stage-1-not-completed");

        Stage1 notReady = new Stage1(STAGE_1_ENDED, Recommendation.REFUSE, "stage 1 recommended REFUSE");
        Optional<Refusal> refusal = StageOrder.checkStage2(Optional.of(notReady), start, start, SIX_MONTHS);
        assertThat(outcome(refusal)).isEqualTo("client-not-ready-for-stage-2");
        assertThat(refusal.orElseThrow().detail()).contains("2027-03-01", "stage 1 recommended REFUSE", "repeated");
    }

    @Test
    void theTimeAllowedAfterStage1IsTheConfiguredOne() {
        Optional<Stage1> ready = Optional.of(new Stage1(STAGE_1_ENDED, Recommendation.CONTINUE, null));
        LocalDate inMonthFour = LocalDate.of(2027, 7, 5);

        assertThat(outcome(StageOrder.checkStage2(ready, inMonthFour, inMonthFour, 3)))
                .isEqualTo("stage-1-too-long-ago");
        assertThat(StageOrder.checkStage2(ready, inMonthFour, inMonthFour, 3).orElseThrow().detail())
                .contains("within 3 months", "by 2027-06-01", "plan stage 1 again", "REPEATED_STAGE_1");
        assertThat(outcome(StageOrder.checkStage2(ready, inMonthFour, inMonthFour, 6))).isEqualTo("bookable");
    }

    @Test
    void stage2IsDueFromTheDayAfterStage1UntilTheTimeAllowed() {
        assertThat(StageOrder.stage2Window(LocalDate.of(2027, 8, 31), SIX_MONTHS))
                .isEqualTo(new DueWindow(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 2, 29)));
    }

    private static String outcome(Optional<Refusal> refusal) {
        return refusal.map(found -> found.rule().slug()).orElse("bookable");
    }
}
