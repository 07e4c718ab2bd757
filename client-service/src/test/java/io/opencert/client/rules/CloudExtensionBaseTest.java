package io.opencert.client.rules;

import io.opencert.client.certificate.CertificateStatus;
import io.opencert.client.rules.AlreadyCertified.Held;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static io.opencert.client.certificate.CertificateStatus.ACTIVE;
import static io.opencert.client.certificate.CertificateStatus.SUSPENDED;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CloudExtensionBaseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0} {1} valid until {2}: carries {3}")
    @CsvSource({
            "ISO_IEC_20000_1_2018, ACTIVE, 2028-03-01, true",
            "ISO_IEC_20000_1_2018, ACTIVE, 2026-12-07, true",   // its last day
            "ISO_IEC_20000_1_2018, ACTIVE, 2026-12-06, false",  // past its expiry, the expiry event still to come
            "ISO_IEC_20000_1_2018, SUSPENDED, 2028-03-01, false",
            "ISO_IEC_20000_1_2018, WITHDRAWN, 2028-03-01, false",
            "ISO_IEC_20000_1_2018, EXPIRED, 2026-10-01, false",
            "ISO_IEC_20000_1_2011, ACTIVE, 2028-03-01, false",  // a withdrawn edition carries nothing new
            "ISO_IEC_TR_20000_9_2015, ACTIVE, 2028-03-01, false"})
    void onlyAnActiveUnexpiredIso20000_1CertificateOfACertifiableEditionCarriesACloudExtension(
            Standard standard, CertificateStatus status, LocalDate expiry, boolean carries) {
        Held certificate = new Held("CB-2025-000001", standard, status, expiry);

        assertThat(CloudExtensionBase.carries(certificate, TODAY)).isEqualTo(carries);
        if (carries) {
            assertThatCode(() -> CloudExtensionBase.requireBase(List.of(certificate), TODAY))
                    .doesNotThrowAnyException();
        } else {
            assertThat(refusal(List.of(certificate)).status()).isEqualTo(409);
        }
    }

    @Test
    void aCertificateWhoseStandardIsNotYetKnownCarriesNothing() {
        assertThat(CloudExtensionBase.carries(new Held("CB-2025-000001", null, ACTIVE, null), TODAY)).isFalse();
    }

    @Test
    void theRefusalNamesTheRuleAndWhatTheClientHolds() {
        Problem problem = refusal(List.of(new Held("CB-2025-000042", ISO_IEC_20000_1_2018, SUSPENDED,
                LocalDate.of(2028, 3, 1))));

        assertThat(problem.type()).isEqualTo(Problem.type("cloud-extension-needs-active-certificate"));
        assertThat(problem.title()).isEqualTo("No active ISO/IEC 20000-1 certificate to extend");
        assertThat(problem.detail()).startsWith("The client holds CB-2025-000042 (ISO/IEC 20000-1:2018, SUSPENDED, "
                + "valid until 2028-03-01) here, and a cloud extension (ISO/IEC TR 20000-9) is quoted and contracted "
                + "only for a holder of an active ISO/IEC 20000-1:2018 certificate");
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("cloudExtension");
    }

    @Test
    void withoutAnyCertificateTheRefusalSaysSo() {
        assertThat(refusal(List.of()).detail()).startsWith("The client holds no ISO/IEC 20000-1 certificate here");
    }

    @Test
    void oneActiveCertificateAmongOthersIsEnough() {
        List<Held> held = List.of(
                new Held("CB-2019-000001", ISO_IEC_20000_1_2018, CertificateStatus.WITHDRAWN, LocalDate.of(2022, 1, 1)),
                new Held("CB-2025-000002", ISO_IEC_20000_1_2018, ACTIVE, LocalDate.of(2028, 3, 1)));

        assertThat(CloudExtensionBase.base(held, TODAY)).contains(held.get(1));
    }

    private static Problem refusal(List<Held> held) {
        return catchThrowableOfType(ProblemException.class, () -> CloudExtensionBase.requireBase(held, TODAY))
                .toProblem("/api/v1/quotations");
    }
}
