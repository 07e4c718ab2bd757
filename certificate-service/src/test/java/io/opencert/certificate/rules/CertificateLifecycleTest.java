package io.opencert.certificate.rules;

import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.CertificateLifecycle.Transition;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static io.opencert.certificate.rules.CertificateStatus.ACTIVE;
import static io.opencert.certificate.rules.CertificateStatus.EXPIRED;
import static io.opencert.certificate.rules.CertificateStatus.SUSPENDED;
import static io.opencert.certificate.rules.CertificateStatus.WITHDRAWN;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.EXPIRE;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.EXTEND_SCOPE;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.REDUCE_SCOPE;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.REINSTATE;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.REISSUE;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.RENEW;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.SUSPEND;
import static io.opencert.certificate.rules.CertificateLifecycle.Action.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateLifecycleTest {
    private static final LocalDate EXPIRY = LocalDate.of(2029, 3, 12);
    private static final LocalDate WITHIN_VALIDITY = LocalDate.of(2027, 5, 10);
    private static final LocalDate AFTER_EXPIRY = EXPIRY.plusDays(1);

    /** Every status x every action, within validity (expire: the day after expiry): the new status or the rule. */
    private static final Map<CertificateStatus, Map<Action, Object>> TABLE = Map.of(
            ACTIVE, Map.of(
                    SUSPEND, SUSPENDED,
                    REINSTATE, CertificationRule.REINSTATE_ONLY_SUSPENDED.slug(),
                    WITHDRAW, WITHDRAWN,
                    EXPIRE, EXPIRED,
                    RENEW, ACTIVE,
                    REISSUE, ACTIVE,
                    REDUCE_SCOPE, ACTIVE,
                    EXTEND_SCOPE, ACTIVE),
            SUSPENDED, Map.of(
                    SUSPEND, CertificationRule.SUSPEND_ONLY_ACTIVE.slug(),
                    REINSTATE, ACTIVE,
                    WITHDRAW, WITHDRAWN,
                    EXPIRE, EXPIRED,
                    RENEW, CertificationRule.RENEW_NOT_WHILE_SUSPENDED.slug(),
                    REISSUE, CertificationRule.REISSUE_ONLY_ACTIVE.slug(),
                    REDUCE_SCOPE, ACTIVE,
                    EXTEND_SCOPE, CertificationRule.EXTEND_SCOPE_ONLY_ACTIVE.slug()),
            WITHDRAWN, Map.of(
                    SUSPEND, CertificationRule.SUSPEND_ONLY_ACTIVE.slug(),
                    REINSTATE, CertificationRule.REINSTATE_ONLY_SUSPENDED.slug(),
                    WITHDRAW, CertificationRule.WITHDRAW_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    EXPIRE, CertificationRule.EXPIRE_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    RENEW, CertificationRule.RENEW_NOT_WITHDRAWN.slug(),
                    REISSUE, CertificationRule.REISSUE_ONLY_ACTIVE.slug(),
                    REDUCE_SCOPE, CertificationRule.REDUCE_SCOPE_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    EXTEND_SCOPE, CertificationRule.EXTEND_SCOPE_ONLY_ACTIVE.slug()),
            EXPIRED, Map.of(
                    SUSPEND, CertificationRule.SUSPEND_ONLY_ACTIVE.slug(),
                    REINSTATE, CertificationRule.REINSTATE_ONLY_SUSPENDED.slug(),
                    WITHDRAW, CertificationRule.WITHDRAW_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    EXPIRE, CertificationRule.EXPIRE_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    RENEW, ACTIVE,
                    REISSUE, CertificationRule.REISSUE_ONLY_ACTIVE.slug(),
                    REDUCE_SCOPE, CertificationRule.REDUCE_SCOPE_ONLY_ACTIVE_OR_SUSPENDED.slug(),
                    EXTEND_SCOPE, CertificationRule.EXTEND_SCOPE_ONLY_ACTIVE.slug()));

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(CertificateStatus.values()).flatMap(status -> Arrays.stream(Action.values())
                .map(action -> Arguments.of(status, action, TABLE.get(status).get(action))));
    }

    @Test
    void theTableCoversEveryStatusAndAction() {
        assertThat(TABLE).containsOnlyKeys(CertificateStatus.values());
        TABLE.values().forEach(row -> assertThat(row).containsOnlyKeys(Action.values()));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyStatusAndAction")
    void eachTransitionIsAllowedOrRefusedByItsRule(CertificateStatus status, Action action, Object expected) {
        LocalDate today = action == EXPIRE ? AFTER_EXPIRY : WITHIN_VALIDITY;
        if (expected instanceof CertificateStatus next) {
            assertThat(CertificateLifecycle.apply(status, action, today, EXPIRY).status()).isEqualTo(next);
        } else {
            assertThatThrownBy(() -> CertificateLifecycle.apply(status, action, today, EXPIRY))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.toProblem(null).type()).isEqualTo(Problem.type((String) expected)));
        }
    }

    @Test
    void aSuspensionLastsAtMostSixMonths() {
        Transition suspended = CertificateLifecycle.apply(ACTIVE, SUSPEND, LocalDate.of(2027, 8, 31), EXPIRY);

        assertThat(suspended.suspendedUntil()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CertificateLifecycle.suspensionRunOut(suspended.suspendedUntil(), LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(CertificateLifecycle.suspensionRunOut(suspended.suspendedUntil(), LocalDate.of(2028, 3, 1))).isTrue();
    }

    @Test
    void onlyASuspensionCarriesAnEndDate() {
        assertThat(CertificateLifecycle.apply(SUSPENDED, REINSTATE, WITHIN_VALIDITY, EXPIRY).suspendedUntil()).isNull();
        assertThat(CertificateLifecycle.apply(ACTIVE, WITHDRAW, WITHIN_VALIDITY, EXPIRY).suspendedUntil()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, names = {"ACTIVE", "SUSPENDED"})
    void aCertificateExpiresTheDayAfterItsExpiryDateNotBefore(CertificateStatus status) {
        assertThatThrownBy(() -> CertificateLifecycle.apply(status, EXPIRE, EXPIRY, EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.EXPIRE_NOT_BEFORE_EXPIRY_DATE.slug())));
        assertThat(CertificateLifecycle.apply(status, EXPIRE, AFTER_EXPIRY, EXPIRY).status()).isEqualTo(EXPIRED);
    }

    @Test
    void aCertificatePastItsExpiryDateCanNeitherBeSuspendedNorReinstatedButStillWithdrawn() {
        assertThatThrownBy(() -> CertificateLifecycle.apply(ACTIVE, SUSPEND, AFTER_EXPIRY, EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.CERTIFICATE_EXPIRED.slug())));
        assertThatThrownBy(() -> CertificateLifecycle.apply(SUSPENDED, REINSTATE, AFTER_EXPIRY, EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.CERTIFICATE_EXPIRED.slug())));
        assertThat(CertificateLifecycle.apply(SUSPENDED, WITHDRAW, AFTER_EXPIRY, EXPIRY).status()).isEqualTo(WITHDRAWN);
    }

    @Test
    void anExpiredCertificateIsRestoredByRecertificationWithinSixMonthsOfItsExpiryNotLater() {
        LocalDate lastDay = CertificateLifecycle.restorableUntil(EXPIRY);

        assertThat(lastDay).isEqualTo(LocalDate.of(2029, 9, 12));
        assertThat(CertificateLifecycle.apply(EXPIRED, RENEW, lastDay, EXPIRY).status()).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> CertificateLifecycle.apply(EXPIRED, RENEW, lastDay.plusDays(1), EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.RESTORE_WINDOW_PASSED.slug())));
    }

    @Test
    void anActiveCertificateTheJobHasNotExpiredYetIsRenewedWithinTheSameWindow() {
        assertThat(CertificateLifecycle.apply(ACTIVE, RENEW, AFTER_EXPIRY, EXPIRY).status()).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> CertificateLifecycle.apply(ACTIVE, RENEW, EXPIRY.plusMonths(7), EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.RESTORE_WINDOW_PASSED.slug())));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"REISSUE", "REDUCE_SCOPE"})
    void noNewRevisionPastTheExpiryDate(Action action) {
        assertThat(CertificateLifecycle.apply(ACTIVE, action, EXPIRY, EXPIRY).status()).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> CertificateLifecycle.apply(ACTIVE, action, AFTER_EXPIRY, EXPIRY))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                        .isEqualTo(Problem.type(CertificationRule.CERTIFICATE_EXPIRED.slug())));
    }
}
