package io.opencert.certificate.rules;

import io.opencert.certificate.rules.ChangeDecisions.RefusalConsequence;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChangeDecisionsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 12);

    @ParameterizedTest(name = "{0} asked for a {1} certificate: {2}")
    @CsvSource({
            "SUSPENSION, ACTIVE, ok",
            "SUSPENSION, SUSPENDED, suspend-only-active",
            "SUSPENSION, WITHDRAWN, suspend-only-active",
            "SUSPENSION, EXPIRED, suspend-only-active",
            "REINSTATEMENT, ACTIVE, reinstate-only-suspended",
            "REINSTATEMENT, SUSPENDED, ok",
            "REINSTATEMENT, WITHDRAWN, reinstate-only-suspended",
            "REINSTATEMENT, EXPIRED, reinstate-only-suspended",
            "WITHDRAWAL, ACTIVE, ok",
            "WITHDRAWAL, SUSPENDED, ok",
            "WITHDRAWAL, WITHDRAWN, withdraw-only-active-or-suspended",
            "WITHDRAWAL, EXPIRED, withdraw-only-active-or-suspended",
            "SCOPE_REDUCTION, ACTIVE, ok",
            "SCOPE_REDUCTION, SUSPENDED, ok",
            "SCOPE_REDUCTION, WITHDRAWN, reduce-scope-only-active-or-suspended",
            "SCOPE_REDUCTION, EXPIRED, reduce-scope-only-active-or-suspended",
    })
    void aChangeMayBeAskedForOnlyWhereTheLifecycleAllowsIt(DecisionKind kind, CertificateStatus status, String rule) {
        Runnable open = () -> ChangeDecisions.requireMayOpen(kind, kind == DecisionKind.SUSPENSION,
                kind == DecisionKind.SCOPE_REDUCTION, false, status, TODAY, EXPIRY);
        if (rule.equals("ok")) {
            assertThatCode(open::run).doesNotThrowAnyException();
        } else {
            assertThat(type(open)).isEqualTo(Problem.type(rule));
        }
    }

    @ParameterizedTest(name = "{0}: suspension reason {1}, scope {2}, sites {3}: field {4}")
    @CsvSource({
            "SUSPENSION, false, false, false, suspensionReason",
            "WITHDRAWAL, true, false, false, suspensionReason",
            "SCOPE_REDUCTION, false, false, false, scope",
            "SUSPENSION, true, true, false, scope",
            "REINSTATEMENT, false, false, true, sites",
            "CERTIFICATION, false, false, false, kind",
            "TRANSFER, false, false, false, kind",
            // a scope extension rests on its audit: nobody asks for one without it
            "SCOPE_EXTENSION, false, true, true, kind",
    })
    void incompleteOrMisplacedDetailsAreBadInput(DecisionKind kind, boolean reason, boolean scope, boolean sites,
                                                 String field) {
        ProblemException bad = catchThrowableOfType(ProblemException.class, () -> ChangeDecisions.requireMayOpen(kind,
                reason, scope, sites, CertificateStatus.ACTIVE, TODAY, EXPIRY));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.toProblem(null).violations()).singleElement()
                .satisfies(violation -> assertThat(violation.field()).isEqualTo(field));
    }

    @Test
    void noChangeIsAskedForPastTheExpiryDate() {
        assertThat(type(() -> ChangeDecisions.requireMayOpen(DecisionKind.SUSPENSION, true, false, false,
                CertificateStatus.ACTIVE, EXPIRY.plusDays(1), EXPIRY))).isEqualTo(Problem.type("certificate-expired"));
    }

    @Test
    void oneChangeOfACertificateIsDecidedAtATime() {
        assertThatCode(() -> ChangeDecisions.requireNonePending(null)).doesNotThrowAnyException();
        assertThat(type(() -> ChangeDecisions.requireNonePending(DecisionKind.SUSPENSION)))
                .isEqualTo(Problem.type("change-decision-pending"));
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void onlyARefusedContinuationNamesWhatBecomesOfTheCertificate(DecisionKind refused) {
        boolean continuation = refused == DecisionKind.CONTINUATION;
        for (RefusalConsequence consequence : RefusalConsequence.values()) {
            Runnable refuse = () -> ChangeDecisions.requireConsequence(refused, consequence);
            if (continuation) {
                assertThatCode(refuse::run).doesNotThrowAnyException();
            } else {
                assertThat(catchThrowableOfType(ProblemException.class, refuse::run).status()).isEqualTo(400);
            }
        }
        Runnable withoutConsequence = () -> ChangeDecisions.requireConsequence(refused, null);
        if (continuation) {
            assertThat(catchThrowableOfType(ProblemException.class, withoutConsequence::run).status()).isEqualTo(400);
        } else {
            assertThatCode(withoutConsequence::run).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void everyChangeKindTakesItsLifecycleActionAndNoOtherKindIsAChange(DecisionKind kind) {
        if (kind.changesCertificate()) {
            assertThat(ChangeDecisions.actionOf(kind)).isNotNull();
        } else {
            assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ChangeDecisions.actionOf(kind)))
                    .isNotNull();
        }
    }

    private static java.net.URI type(Runnable refused) {
        return catchThrowableOfType(ProblemException.class, refused::run).toProblem(null).type();
    }
}
