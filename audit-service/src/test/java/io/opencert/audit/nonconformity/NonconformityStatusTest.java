package io.opencert.audit.nonconformity;

import io.opencert.audit.nonconformity.NonconformityStatus.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NonconformityStatusTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "AWAITING_RESPONSE, RESPOND, RESPONDED",
            "RETURNED, RESPOND, RESPONDED",
            "RESPONDED, ACCEPT, ACCEPTED",
            "RESPONDED, RETURN, RETURNED",
            "ACCEPTED, VERIFY, VERIFIED"})
    void theWorkflowsSteps(NonconformityStatus from, Step step, NonconformityStatus to) {
        assertThat(from.after(step)).contains(to);
    }

    @Test
    void everyOtherStepIsRefused() {
        long allowed = Arrays.stream(NonconformityStatus.values())
                .flatMap(status -> Arrays.stream(Step.values()).filter(step -> status.after(step).isPresent()))
                .count();
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void aVerifiedNonconformityIsClosedAndStaysSo() {
        assertThat(NonconformityStatus.VERIFIED.closed()).isTrue();
        assertThat(Arrays.stream(Step.values()).map(NonconformityStatus.VERIFIED::after)).allMatch(Optional::isEmpty);
        assertThat(Arrays.stream(NonconformityStatus.values()).filter(NonconformityStatus::closed))
                .containsExactly(NonconformityStatus.VERIFIED);
    }

    @Test
    void anAnswerIsNotVerifiedBeforeTheTeamAcceptedIt() {
        assertThat(NonconformityStatus.RESPONDED.after(Step.VERIFY)).isEmpty();
        assertThat(NonconformityStatus.AWAITING_RESPONSE.after(Step.ACCEPT)).isEmpty();
        assertThat(NonconformityStatus.ACCEPTED.after(Step.RESPOND)).isEmpty();
    }
}
