package io.opencert.audit.preassessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImpartialWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The change process should include a CAB review.",
            "We recommend a configuration database.",
            "It is advisable to test the continuity plan.",
            "Management Ought To review the objectives.",
            "Consider implementing a problem record template."})
    void adviceIsFound(String text) {
        assertThat(ImpartialWording.adviceIn(text)).isPresent();
    }

    @Test
    void theWordingFoundIsNamed() {
        assertThat(ImpartialWording.adviceIn("Records exist. We SUGGEST a review.")).contains("suggest");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Emergency changes in October bypassed the change advisory board.",
            "No capacity plan exists for the storage cluster.",
            "Service reports are shouldered by one person."})
    void findingsAreNotAdvice(String text) {
        assertThat(ImpartialWording.adviceIn(text)).isEmpty();
    }

    @Test
    void noTextGivesNoAdvice() {
        assertThat(ImpartialWording.adviceIn(null)).isEmpty();
    }
}
