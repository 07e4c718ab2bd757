package io.opencert.certificate.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CertificateTransferTest {
    private static final LocalDate DECISION = LocalDate.of(2026, 6, 1);

    private static TransferredCertificate validUntil(LocalDate expiry) {
        return new TransferredCertificate("QS-20000-4711", "Other Cert AG", expiry, 1, "One minor nonconformity open", null, null);
    }

    @Test
    void aCertificateValidAfterTheDecisionIsTransferredAndKeepsItsExpiry() {
        TransferredCertificate transferred = validUntil(DECISION.plusDays(1));

        assertThatCode(() -> CertificateTransfer.requireValid(transferred, DECISION)).doesNotThrowAnyException();
        assertThat(CertificateTransfer.expiryDate(transferred)).isEqualTo(DECISION.plusDays(1));
    }

    @Test
    void anExpiredCertificateIsNotTransferredNorOneOnItsLastDay() {
        for (LocalDate expiry : List.of(DECISION.minusDays(1), DECISION)) {
            RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                    () -> CertificateTransfer.requireValid(validUntil(expiry), DECISION));
            assertThat(violation).as("valid until %s", expiry).isNotNull();
            Problem problem = violation.toProblem(null);
            assertThat(problem.type()).isEqualTo(Problem.type("transferred-certificate-expired"));
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.detail()).contains("QS-20000-4711", "Other Cert AG", expiry.toString());
        }
    }

    @Test
    void aHolderCertifiedHereAlreadyHasNothingToTransfer() {
        TransferredCertificate transferred = validUntil(DECISION.plusYears(1));
        assertThatCode(() -> CertificateTransfer.requireNotCertifiedHere(false, Standard.ISO_IEC_20000_1_2018, transferred))
                .doesNotThrowAnyException();

        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> CertificateTransfer.requireNotCertifiedHere(true, Standard.ISO_IEC_20000_1_2018, transferred));
        Problem problem = violation.toProblem(null);
        assertThat(problem.type()).isEqualTo(Problem.type("already-certified-here"));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("ISO/IEC 20000-1:2018", "QS-20000-4711", "Other Cert AG");
    }

    private static TransferredCertificate reviewed(Integer openMajors, String reviewedBy) {
        return new TransferredCertificate("QS-20000-4711", "Other Cert AG", DECISION.plusYears(1), 3,
                "Reviewed", openMajors, reviewedBy);
    }

    @ParameterizedTest(name = "{0} open major(s): transferred")
    @CsvSource(value = {"0", "none"}, nullValues = "none")
    void aCertificateWithoutOpenMajorsOrFromBeforeTheyWereRecordedIsTransferred(Integer openMajors) {
        assertThatCode(() -> CertificateTransfer.requireNoOpenMajor(reviewed(openMajors, "reviewer")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} open major(s): 409")
    @CsvSource({"1", "3"})
    void aCertificateWithAnOpenMajorIsNotTransferred(int openMajors) {
        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> CertificateTransfer.requireNoOpenMajor(reviewed(openMajors, "reviewer")));
        Problem problem = violation.toProblem(null);
        assertThat(problem.type()).isEqualTo(Problem.type("transfer-open-major-nonconformity"));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(openMajors + " major", "QS-20000-4711", "Other Cert AG",
                "closed by the previous body, or reviewed again, before the transfer");
    }

    @ParameterizedTest(name = "reviewed by {0}, decided by {1}: may decide {2}")
    @CsvSource(nullValues = "none", value = {
            "reviewer, decider,  true",
            "none,     reviewer, true", // from before the reviewer was recorded
            "reviewer, reviewer, false",
            "Reviewer, reviewer, false"})
    void theTransferDecisionIsNotTakenByThePreTransferReviewer(String reviewedBy, String decisionMaker,
                                                               boolean mayDecide) {
        TransferredCertificate transferred = reviewed(0, reviewedBy);
        if (mayDecide) {
            assertThatCode(() -> CertificateTransfer.requireNotReviewer(decisionMaker, transferred))
                    .doesNotThrowAnyException();
            return;
        }
        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> CertificateTransfer.requireNotReviewer(decisionMaker, transferred));
        Problem problem = violation.toProblem(null);
        assertThat(problem.type()).isEqualTo(Problem.type("decision-maker-reviewed-transfer"));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(decisionMaker, "QS-20000-4711");
    }

    @Test
    void theTransferIsAboutTheIso20000Part1EditionOfTheContract() {
        assertThat(CertificateTransfer.standardOf(List.of(Standard.ISO_IEC_TR_20000_9_2015, Standard.ISO_IEC_20000_1_2011)))
                .contains(Standard.ISO_IEC_20000_1_2011);
        assertThat(CertificateTransfer.standardOf(List.of(Standard.ISO_IEC_TR_20000_9_2015))).isEqualTo(Optional.empty());
    }
}
