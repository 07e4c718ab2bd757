package io.opencert.client.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TransferredCycleTest {

    @ParameterizedTest(name = "expiry {0}: decision {1}, surveillance 1 by {2}, surveillance 2 by {3}")
    @CsvSource({
            "2028-05-31, 2025-06-01, 2026-06-01, 2027-06-01",
            "2029-12-31, 2027-01-01, 2028-01-01, 2029-01-01",
            // decided on 29 February: the windows close on 28 February, never in March
            "2031-02-28, 2028-03-01, 2029-03-01, 2030-03-01",
            "2030-02-27, 2027-02-28, 2028-02-28, 2029-02-28",
            "2031-02-27, 2028-02-28, 2029-02-28, 2030-02-28"})
    void theCycleIsComputedBackFromTheExpiry(LocalDate expiry, LocalDate decision, LocalDate first, LocalDate second) {
        assertThat(TransferredCycle.originalDecision(expiry)).isEqualTo(decision);
        assertThat(decision.plusYears(3).minusDays(1)).isEqualTo(expiry);
        assertThat(TransferredCycle.surveillanceDueBy(expiry, 1)).isEqualTo(first);
        assertThat(TransferredCycle.surveillanceDueBy(expiry, 2)).isEqualTo(second);
    }

    @ParameterizedTest(name = "transfer on {0}: surveillance 1 {1}, surveillance 2 {2}")
    @CsvSource({
            "2025-06-01, true, true",
            "2026-06-01, true, true",
            "2026-06-02, false, true",
            "2027-06-01, false, true",
            "2027-06-02, false, false",
            "2028-05-30, false, false"})
    void aSurveillanceIsStillDueWhileItsWindowIsOpenOnTheTransferDate(LocalDate transfer, boolean first,
                                                                       boolean second) {
        LocalDate expiry = LocalDate.of(2028, 5, 31);

        assertThat(TransferredCycle.stillDue(expiry, 1, transfer)).isEqualTo(first);
        assertThat(TransferredCycle.stillDue(expiry, 2, transfer)).isEqualTo(second);
    }

    @Test
    void aCycleHasTwoSurveillances() {
        assertThatThrownBy(() -> TransferredCycle.surveillanceDueBy(LocalDate.of(2028, 5, 31), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAValidCertificateIsTransferred() {
        LocalDate expiry = LocalDate.of(2028, 5, 31);
        assertThatCode(() -> TransferredCycle.requireValid(expiry, expiry.minusDays(1))).doesNotThrowAnyException();

        Problem problem = catchThrowableOfType(ProblemException.class,
                () -> TransferredCycle.requireValid(expiry, expiry)).toProblem("/api/v1/quotations");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(Problem.type("transferred-certificate-expired"));
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("transfer.expiry");
    }

    @Test
    void aQuotationMadeBeforeASurveillanceWindowClosedIsOutdatedAfterwards() {
        LocalDate expiry = LocalDate.of(2028, 5, 31);
        assertThatCode(() -> TransferredCycle.requireStillDue(expiry, List.of(1, 2), LocalDate.of(2026, 6, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TransferredCycle.requireStillDue(expiry, List.of(2), LocalDate.of(2026, 6, 2)))
                .doesNotThrowAnyException();

        Problem problem = catchThrowableOfType(ProblemException.class,
                () -> TransferredCycle.requireStillDue(expiry, List.of(1, 2), LocalDate.of(2026, 6, 2)))
                .toProblem("/api/v1/quotations/1/acceptance");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(Problem.type("transfer-quotation-outdated"));
        assertThat(problem.detail()).isEqualTo("The quotation offers surveillance 1 (due by 2026-06-01), whose window "
                + "closed before 2026-06-02: it is no longer part of the rest of the transferred cycle. Make a new "
                + "quotation for the transfer.");
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> TransferredCycle.requireStillDue(expiry, List.of(), expiry)).toProblem("/").type())
                .isEqualTo(Problem.type("transferred-certificate-expired"));
    }
}
