package io.opencert.client.rules;

import io.opencert.client.certificate.CertificateStatus;
import io.opencert.client.rules.AlreadyCertified.Held;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.opencert.events.model.AuditType.CLOUD_EXTENSION;
import static io.opencert.events.model.AuditType.RECERTIFICATION;
import static io.opencert.events.model.AuditType.STAGE_1;
import static io.opencert.events.model.AuditType.STAGE_2;
import static io.opencert.events.model.AuditType.SURVEILLANCE;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AlreadyCertifiedTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<AuditType> WHOLE_CYCLE = List.of(STAGE_1, STAGE_2, SURVEILLANCE, SURVEILLANCE,
            RECERTIFICATION);
    private static final Set<Standard> BASE = Set.of(ISO_IEC_20000_1_2018);

    @ParameterizedTest
    @EnumSource(value = CertificateStatus.class, names = {"ACTIVE", "SUSPENDED"})
    void aLiveCertificateOfTheStandardRefusesAWholeCycleNamingItAndWhatToDoInstead(CertificateStatus status) {
        RuleViolation refused = refusal(BASE, WHOLE_CYCLE,
                List.of(held("CB-2025-000042", ISO_IEC_20000_1_2018, status, LocalDate.of(2028, 3, 1))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.toProblem(null).type().toString())
                .isEqualTo("https://opencert.io/problems/already-certified");
        assertThat(refused.toProblem(null).title()).isEqualTo("The client is certified here already");
        assertThat(refused.getMessage())
                .startsWith("The client holds certificate CB-2025-000042 (ISO/IEC 20000-1:2018, " + status
                        + ", valid until 2028-03-01) here")
                .contains("no initial certification (stage 1 and stage 2) of ISO/IEC 20000-1:2018 is quoted",
                        "recertification is planned in the certificate's audit programme",
                        "scope extension audit", "cloud extension quotation (cloudExtension)",
                        "once the certificate is withdrawn, or has expired and can no longer be restored")
                .doesNotContain("restored by completing");
    }

    @Test
    void aWithdrawnCertificateLeavesTheWayOpen() {
        assertThatCode(() -> AlreadyCertified.requireNotCertified(BASE, WHOLE_CYCLE, List.of(
                held("CB-2024-000001", ISO_IEC_20000_1_2018, CertificateStatus.WITHDRAWN, LocalDate.of(2027, 1, 31))),
                TODAY)).doesNotThrowAnyException();
    }

    @Test
    void anExpiredCertificateBlocksWhileItCanStillBeRestoredWithinSixMonthsOfItsExpiry() {
        LocalDate expiry = LocalDate.of(2026, 5, 23);
        Held expired = held("CB-2023-000007", ISO_IEC_20000_1_2018, CertificateStatus.EXPIRED, expiry);

        assertThat(AlreadyCertified.restorableUntil(expiry)).isEqualTo(TODAY);
        assertThat(AlreadyCertified.blocks(expired, TODAY)).isTrue();
        assertThat(AlreadyCertified.blocks(expired, TODAY.plusDays(1))).isFalse();
        assertThat(refusal(BASE, WHOLE_CYCLE, List.of(expired)).getMessage())
                .contains("CB-2023-000007 (ISO/IEC 20000-1:2018, EXPIRED after 2026-05-23, restorable until "
                                + "2026-11-23)",
                        "an expired certificate is restored by completing the outstanding recertification within 6 "
                                + "months of its expiry");
        assertThatCode(() -> AlreadyCertified.requireNotCertified(BASE, WHOLE_CYCLE, List.of(expired),
                TODAY.plusDays(1))).doesNotThrowAnyException();
    }

    @Test
    void plansWithoutStage1OrStage2AreNoInitialCertification() {
        List<Held> live = List.of(held("CB-2025-000042", ISO_IEC_20000_1_2018, CertificateStatus.ACTIVE,
                LocalDate.of(2028, 3, 1)));

        // a cloud extension of the live certificate, and the rest of a transferred cycle
        assertThatCode(() -> AlreadyCertified.requireNotCertified(
                Set.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), List.of(CLOUD_EXTENSION), live, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> AlreadyCertified.requireNotCertified(BASE,
                List.of(SURVEILLANCE, SURVEILLANCE, RECERTIFICATION), live, TODAY)).doesNotThrowAnyException();
        assertThat(AlreadyCertified.isInitialCertification(List.of(STAGE_2))).isTrue();
        assertThat(AlreadyCertified.isInitialCertification(List.of())).isFalse();
    }

    @Test
    void onlyCertificatesOfAQuotedStandardCount() {
        List<Held> cloud = List.of(
                held("CB-2025-000043", ISO_IEC_TR_20000_9_2015, CertificateStatus.ACTIVE, LocalDate.of(2028, 3, 1)),
                held("CB-2019-000001", ISO_IEC_20000_1_2011, CertificateStatus.ACTIVE, LocalDate.of(2027, 1, 1)),
                new Held("CB-2025-000044", null, CertificateStatus.ACTIVE, null));

        // the other edition is another standard, as in certificate-service; a standard not known yet cannot count
        assertThatCode(() -> AlreadyCertified.requireNotCertified(BASE, WHOLE_CYCLE, cloud, TODAY))
                .doesNotThrowAnyException();
        assertThat(refusal(Set.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), WHOLE_CYCLE, cloud).getMessage())
                .startsWith("The client holds certificate CB-2025-000043 (ISO/IEC TR 20000-9:2015, ACTIVE, ")
                .contains("of ISO/IEC TR 20000-9:2015 is quoted");
    }

    @Test
    void namesEveryCertificateInTheWay() {
        RuleViolation refused = refusal(Set.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015), WHOLE_CYCLE, List.of(
                held("CB-2025-000042", ISO_IEC_20000_1_2018, CertificateStatus.SUSPENDED, LocalDate.of(2028, 3, 1)),
                held("CB-2025-000043", ISO_IEC_TR_20000_9_2015, CertificateStatus.SUSPENDED, LocalDate.of(2028, 3, 1)),
                held("CB-2022-000009", ISO_IEC_20000_1_2018, CertificateStatus.WITHDRAWN, LocalDate.of(2025, 3, 1))));

        assertThat(refused.getMessage())
                .startsWith("The client holds certificates CB-2025-000042 (ISO/IEC 20000-1:2018, SUSPENDED, valid "
                        + "until 2028-03-01), CB-2025-000043 (ISO/IEC TR 20000-9:2015, SUSPENDED, valid until "
                        + "2028-03-01) here")
                .contains("of ISO/IEC 20000-1:2018 and ISO/IEC TR 20000-9:2015 is quoted",
                        "the certificates' audit programme")
                .doesNotContain("CB-2022-000009");
    }

    private static RuleViolation refusal(Set<Standard> standards, List<AuditType> audits, List<Held> held) {
        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                () -> AlreadyCertified.requireNotCertified(standards, audits, held, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static Held held(String number, Standard standard, CertificateStatus status, LocalDate expiry) {
        return new Held(number, standard, status, expiry);
    }
}
