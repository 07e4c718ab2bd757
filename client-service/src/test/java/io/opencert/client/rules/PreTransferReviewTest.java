package io.opencert.client.rules;

import io.opencert.commons.problem.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreTransferReviewTest {

    @ParameterizedTest(name = "{0} major of {1} open nonconformities: accepted")
    @CsvSource({"0, 0", "0, 3", "1, 3", "3, 3", ", 0", ", 2"})
    void asManyMajorsAsOpenNonconformitiesAtMost(Integer majors, int open) {
        assertThatCode(() -> PreTransferReview.requireMajorsAmongOpen(majors, open)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} major of {1} open nonconformities: 400")
    @CsvSource({"1, 0", "4, 3", "-1, 2"})
    void moreMajorsThanOpenNonconformitiesOrNegativeAreRefused(Integer majors, int open) {
        assertThatThrownBy(() -> PreTransferReview.requireMajorsAmongOpen(majors, open))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("openMajorNonconformities: ");
    }
}
