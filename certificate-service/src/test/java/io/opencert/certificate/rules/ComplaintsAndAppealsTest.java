package io.opencert.certificate.rules;

import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Matter;
import io.opencert.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ComplaintsAndAppealsTest {
    private static final Instant RECEIVED = Instant.parse("2026-09-01T08:00:00Z");
    private static final Deadlines DEADLINES = new Deadlines(Duration.ofDays(5), Duration.ofDays(60));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "RECEIVED, ACKNOWLEDGED, ok",
            "ACKNOWLEDGED, UNDER_INVESTIGATION, ok",
            "UNDER_INVESTIGATION, DECIDED, ok",
            "DECIDED, CLOSED, ok",
            "RECEIVED, UNDER_INVESTIGATION, handling-step-out-of-order",
            "ACKNOWLEDGED, DECIDED, handling-step-out-of-order",
            "RECEIVED, CLOSED, handling-step-out-of-order",
            "DECIDED, DECIDED, handling-step-out-of-order",
            "CLOSED, ACKNOWLEDGED, handling-step-out-of-order",
    })
    void eachStepFollowsTheOneBefore(HandlingStatus current, HandlingStatus next, String rule) {
        Runnable step = () -> ComplaintsAndAppeals.requireStep(current, next, "complaint");
        if (rule.equals("ok")) {
            assertThatCode(step::run).doesNotThrowAnyException();
        } else {
            assertThat(slug(step)).isEqualTo(rule);
        }
    }

    @ParameterizedTest(name = "{0} days after receipt, {1}: overdue {2}")
    @CsvSource({
            "4, RECEIVED, false",
            "6, RECEIVED, true",
            "6, ACKNOWLEDGED, false",
            "59, UNDER_INVESTIGATION, false",
            "61, ACKNOWLEDGED, true",
            "61, UNDER_INVESTIGATION, true",
            "61, DECIDED, false",
            "400, CLOSED, false",
    })
    void overdueWhenAStepIsLateForItsDeadline(int days, HandlingStatus status, boolean overdue) {
        Instant now = RECEIVED.plus(Duration.ofDays(days));

        assertThat(DEADLINES.overdue(status, RECEIVED, now)).isEqualTo(overdue);
        assertThat(ComplaintsAndAppeals.ageInDays(RECEIVED, now)).isEqualTo(days);
    }

    @Test
    void theDeadlineItselfIsStillInTime() {
        assertThat(DEADLINES.overdue(HandlingStatus.RECEIVED, RECEIVED, DEADLINES.acknowledgeBy(RECEIVED))).isFalse();
        assertThat(DEADLINES.overdue(HandlingStatus.ACKNOWLEDGED, RECEIVED, DEADLINES.decideBy(RECEIVED))).isFalse();
    }

    @Test
    void nobodyInvolvedInTheMatterHandlesIt() {
        List<String> involved = List.of("auditor1", "decider");

        assertThat(slug(() -> ComplaintsAndAppeals.requireNotInvolved(Matter.COMPLAINT, "Auditor1", involved,
                "investigate"))).isEqualTo("handler-involved-in-complaint");
        assertThat(slug(() -> ComplaintsAndAppeals.requireNotInvolved(Matter.APPEAL, "decider", involved, "decide")))
                .isEqualTo("handler-involved-in-appeal");
        assertThatCode(() -> ComplaintsAndAppeals.requireNotInvolved(Matter.APPEAL, "quality", involved, "decide"))
                .doesNotThrowAnyException();
    }

    @Test
    void theInvestigatorDoesNotDecide() {
        assertThat(slug(() -> ComplaintsAndAppeals.requireDeciderNotInvestigator("Quality", "quality")))
                .isEqualTo("decider-investigated");
        assertThatCode(() -> ComplaintsAndAppeals.requireDeciderNotInvestigator("head", "quality"))
                .doesNotThrowAnyException();
    }

    @Test
    void anAppealIsLodgedWithinItsPeriodOfTheDecision() {
        LocalDate decided = LocalDate.of(2026, 6, 1);

        assertThatCode(() -> ComplaintsAndAppeals.requireWithinAppealPeriod(decided, Period.ofDays(30),
                LocalDate.of(2026, 7, 1))).doesNotThrowAnyException();
        assertThat(slug(() -> ComplaintsAndAppeals.requireWithinAppealPeriod(decided, Period.ofDays(30),
                LocalDate.of(2026, 7, 2)))).isEqualTo("appeal-period-passed");
    }

    @ParameterizedTest(name = "decided {0}, refused {1}, {2}: {3}")
    @CsvSource({
            "true, true, CERTIFICATION, ok",
            "true, true, CONTINUATION, ok",
            "true, false, SUSPENSION, ok",
            "true, false, CERTIFICATION, decision-not-appealable",
            "true, false, WITHDRAWAL, decision-not-appealable",
            "false, false, CERTIFICATION, decision-not-appealable",
    })
    void aRefusalOrASuspensionIsAppealed(boolean decided, boolean refused, DecisionKind kind, String rule) {
        Runnable appeal = () -> ComplaintsAndAppeals.requireAppealable(decided, refused, kind);
        if (rule.equals("ok")) {
            assertThatCode(appeal::run).doesNotThrowAnyException();
        } else {
            assertThat(slug(appeal)).isEqualTo(rule);
        }
    }

    @Test
    void aDecisionIsAppealedOnce() {
        assertThatCode(() -> ComplaintsAndAppeals.requireNotAppealedYet(null)).doesNotThrowAnyException();
        assertThat(slug(() -> ComplaintsAndAppeals.requireNotAppealedYet("A-2026-7H2M9XQD")))
                .isEqualTo("decision-already-appealed");
    }

    private static String slug(Runnable refused) {
        String type = catchThrowableOfType(ProblemException.class, refused::run).toProblem(null).type().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
