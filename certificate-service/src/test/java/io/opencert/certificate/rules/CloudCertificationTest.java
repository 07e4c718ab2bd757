package io.opencert.certificate.rules;

import io.opencert.certificate.rules.CloudCertification.HeldCertificate;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.opencert.certificate.rules.CertificateStatus.ACTIVE;
import static io.opencert.certificate.rules.CertificateStatus.EXPIRED;
import static io.opencert.certificate.rules.CertificateStatus.SUSPENDED;
import static io.opencert.certificate.rules.CertificateStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudCertificationTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

    /** base's new status -> (cloud's status -> the cloud's new status, or itself when it keeps it). */
    private static final Map<CertificateStatus, Map<CertificateStatus, CertificateStatus>> FOLLOWS = Map.of(
            ACTIVE, Map.of(ACTIVE, ACTIVE, SUSPENDED, SUSPENDED, WITHDRAWN, WITHDRAWN, EXPIRED, EXPIRED),
            SUSPENDED, Map.of(ACTIVE, SUSPENDED, SUSPENDED, SUSPENDED, WITHDRAWN, WITHDRAWN, EXPIRED, EXPIRED),
            WITHDRAWN, Map.of(ACTIVE, WITHDRAWN, SUSPENDED, WITHDRAWN, WITHDRAWN, WITHDRAWN, EXPIRED, EXPIRED),
            EXPIRED, Map.of(ACTIVE, EXPIRED, SUSPENDED, EXPIRED, WITHDRAWN, WITHDRAWN, EXPIRED, EXPIRED));

    static Stream<Arguments> everyBaseAndCloudStatus() {
        return Arrays.stream(CertificateStatus.values()).flatMap(base -> Arrays.stream(CertificateStatus.values())
                .map(cloud -> Arguments.of(base, cloud, FOLLOWS.get(base).get(cloud))));
    }

    @ParameterizedTest(name = "base {0}, cloud {1} -> {2}")
    @MethodSource("everyBaseAndCloudStatus")
    void theCloudCertificateFallsWithItsBase(CertificateStatus base, CertificateStatus cloud, CertificateStatus expected) {
        Optional<CertificateStatus> next = CloudCertification.follow(base, cloud);

        assertThat(next.orElse(cloud)).isEqualTo(expected);
        assertThat(next).as("a change only when the status changes").isNotEqualTo(Optional.of(cloud));
    }

    @Test
    void aCloudCertificateNeedsAValidActiveIsoIec20000_1CertificateOfTheHolder() {
        HeldCertificate valid = new HeldCertificate(Standard.ISO_IEC_20000_1_2018, ACTIVE, TODAY.plusYears(1));
        HeldCertificate older = new HeldCertificate(Standard.ISO_IEC_20000_1_2011, ACTIVE, TODAY.plusMonths(2));

        assertThat(CloudCertification.requireValidBase(List.of(older, valid), TODAY)).isEqualTo(valid);
        assertThat(CloudCertification.requireValidBase(List.of(older), TODAY)).isEqualTo(older);
        for (List<HeldCertificate> held : List.of(
                List.<HeldCertificate>of(),
                List.of(new HeldCertificate(Standard.ISO_IEC_20000_1_2018, SUSPENDED, TODAY.plusYears(1))),
                List.of(new HeldCertificate(Standard.ISO_IEC_20000_1_2018, EXPIRED, TODAY.minusDays(1))),
                List.of(new HeldCertificate(Standard.ISO_IEC_20000_1_2018, ACTIVE, TODAY.minusDays(1))),
                List.of(new HeldCertificate(Standard.ISO_IEC_TR_20000_9_2015, ACTIVE, TODAY.plusYears(1))))) {
            assertThatThrownBy(() -> CloudCertification.requireValidBase(held, TODAY))
                    .as("%s", held)
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.toProblem(null).type())
                            .isEqualTo(Problem.type(CertificationRule.CLOUD_NEEDS_VALID_BASE_CERTIFICATE.slug())));
        }
    }

    @Test
    void aCloudCertificateNeverOutlastsItsBase() {
        LocalDate own = TODAY.plusYears(3).minusDays(1);

        assertThat(CloudCertification.expiryDate(own, TODAY.plusYears(1))).isEqualTo(TODAY.plusYears(1));
        assertThat(CloudCertification.expiryDate(own, own.plusDays(5))).isEqualTo(own);
    }
}
