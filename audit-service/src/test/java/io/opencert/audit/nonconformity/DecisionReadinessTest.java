package io.opencert.audit.nonconformity;

import io.opencert.audit.nonconformity.DecisionReadiness.Nonconformity;
import io.opencert.events.model.FindingGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionReadinessTest {

    @ParameterizedTest(name = "{0} {1}: settled {2}")
    @CsvSource({
            "MAJOR_NONCONFORMITY, AWAITING_RESPONSE, false",
            "MAJOR_NONCONFORMITY, RESPONDED, false",
            "MAJOR_NONCONFORMITY, RETURNED, false",
            "MAJOR_NONCONFORMITY, ACCEPTED, false",
            "MAJOR_NONCONFORMITY, VERIFIED, true",
            "MINOR_NONCONFORMITY, AWAITING_RESPONSE, false",
            "MINOR_NONCONFORMITY, RESPONDED, false",
            "MINOR_NONCONFORMITY, RETURNED, false",
            "MINOR_NONCONFORMITY, ACCEPTED, true",
            "MINOR_NONCONFORMITY, VERIFIED, true"
    })
    void aMajorNeedsItsCorrectionVerifiedAMinorItsPlanAccepted(FindingGrade grade, NonconformityStatus status,
                                                              boolean settled) {
        assertThat(DecisionReadiness.settled(grade, status)).isEqualTo(settled);
    }

    @ParameterizedTest
    @EnumSource(value = FindingGrade.class, names = {"OBSERVATION", "OPPORTUNITY_FOR_IMPROVEMENT", "STRENGTH"})
    void otherGradesAreNoNonconformityToSettle(FindingGrade grade) {
        assertThat(DecisionReadiness.settled(grade, null)).isFalse();
    }

    @Test
    void anAuditWithoutNonconformitiesHoldsUpNothing() {
        assertThat(DecisionReadiness.allSettled(List.of())).isTrue();
    }

    @Test
    void oneUnsettledNonconformityHoldsUpTheDecision() {
        assertThat(DecisionReadiness.allSettled(List.of(
                new Nonconformity(FindingGrade.MAJOR_NONCONFORMITY, NonconformityStatus.VERIFIED),
                new Nonconformity(FindingGrade.MINOR_NONCONFORMITY, NonconformityStatus.ACCEPTED),
                new Nonconformity(FindingGrade.MINOR_NONCONFORMITY, NonconformityStatus.RESPONDED)))).isFalse();
        assertThat(DecisionReadiness.allSettled(List.of(
                new Nonconformity(FindingGrade.MAJOR_NONCONFORMITY, NonconformityStatus.ACCEPTED),
                new Nonconformity(FindingGrade.MINOR_NONCONFORMITY, NonconformityStatus.VERIFIED)))).isFalse();
    }

    @Test
    void verifiedMajorsAndAcceptedMinorsLetTheDecisionProceed() {
        assertThat(DecisionReadiness.allSettled(List.of(
                new Nonconformity(FindingGrade.MAJOR_NONCONFORMITY, NonconformityStatus.VERIFIED),
                new Nonconformity(FindingGrade.MINOR_NONCONFORMITY, NonconformityStatus.ACCEPTED),
                new Nonconformity(FindingGrade.MINOR_NONCONFORMITY, NonconformityStatus.VERIFIED)))).isTrue();
    }
}
