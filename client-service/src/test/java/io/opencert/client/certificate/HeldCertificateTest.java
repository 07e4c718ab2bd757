package io.opencert.client.certificate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static org.assertj.core.api.Assertions.assertThat;

/** How the certificates kept from certificate-service's events take changes that come late or twice. */
class HeldCertificateTest {
    private static final UUID CERTIFICATE = UUID.fromString("ce000000-0000-4000-8000-000000000001");
    private static final UUID CLIENT = UUID.fromString("c1000000-0000-4000-8000-000000000001");
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2028, 3, 2);

    @Test
    void followsTheLifecycleInOrder() {
        HeldCertificate certificate = issued();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.statusSince()).isEqualTo(DECIDED);

        assertThat(certificate.suspended(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificate.reinstated(LocalDate.of(2026, 5, 1), EXPIRY)).isTrue();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.revised(2, EXPIRY)).isTrue();
        assertThat(certificate.revision()).isEqualTo(2);
        assertThat(certificate.expired(EXPIRY.plusDays(1), EXPIRY)).isTrue();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.EXPIRED);

        // restored within 6 months of its expiry: the new cycle counts on from the previous expiry
        assertThat(certificate.renewed(3, ISO_IEC_20000_1_2018, EXPIRY.plusMonths(2), EXPIRY.plusYears(3))).isTrue();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.expiryDate()).isEqualTo(EXPIRY.plusYears(3));
        assertThat(certificate.revision()).isEqualTo(3);
        assertThat(certificate.withdrawn(EXPIRY.plusYears(1))).isTrue();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.WITHDRAWN);
    }

    @Test
    void theSameChangeTwiceChangesNothing() {
        HeldCertificate certificate = issued();
        certificate.suspended(LocalDate.of(2026, 4, 1));

        assertThat(certificate.issueArrived(1, ISO_IEC_20000_1_2018, EXPIRY)).isFalse();
        assertThat(certificate.suspended(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.SUSPENDED);
    }

    @Test
    void anOlderRevisionToldAfterANewerOneChangesNothing() {
        HeldCertificate certificate = issued();
        certificate.renewed(3, ISO_IEC_20000_1_2018, LocalDate.of(2027, 12, 1), EXPIRY.plusYears(3));

        assertThat(certificate.revised(2, EXPIRY)).isFalse();
        assertThat(certificate.revision()).isEqualTo(3);
        assertThat(certificate.expiryDate()).isEqualTo(EXPIRY.plusYears(3));
    }

    @Test
    void anOlderStatusChangeToldAfterANewerOneChangesNothing() {
        HeldCertificate certificate = issued();
        certificate.suspended(LocalDate.of(2026, 4, 1));
        certificate.reinstated(LocalDate.of(2026, 5, 1), EXPIRY);

        assertThat(certificate.suspended(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificate.statusSince()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aWithdrawalIsFinal() {
        HeldCertificate certificate = issued();
        certificate.withdrawn(LocalDate.of(2026, 4, 1));

        assertThat(certificate.reinstated(LocalDate.of(2026, 5, 1), EXPIRY)).isFalse();
        assertThat(certificate.renewed(2, ISO_IEC_20000_1_2018, LocalDate.of(2027, 12, 1), EXPIRY.plusYears(3)))
                .isTrue(); // learns the revision, stays withdrawn
        assertThat(certificate.status()).isEqualTo(CertificateStatus.WITHDRAWN);
    }

    @Test
    void anIssueToldAfterLaterChangesAddsTheStandardAndKeepsTheirStatus() {
        HeldCertificate certificate = HeldCertificate.changed(CERTIFICATE, CLIENT, "CB-2025-000042",
                CertificateStatus.SUSPENDED, LocalDate.of(2026, 4, 1), null);
        assertThat(certificate.standard()).isNull();
        assertThat(certificate.expiryDate()).isNull();

        assertThat(certificate.issueArrived(1, ISO_IEC_20000_1_2018, EXPIRY)).isTrue();

        assertThat(certificate.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificate.standard()).isEqualTo(ISO_IEC_20000_1_2018);
        assertThat(certificate.expiryDate()).isEqualTo(EXPIRY);
        assertThat(certificate.revision()).isEqualTo(1);
    }

    @Test
    void anExpiryToldByAStatusChangeIsNotUndoneByAnOlderRevision() {
        HeldCertificate certificate = HeldCertificate.changed(CERTIFICATE, CLIENT, "CB-2025-000042",
                CertificateStatus.ACTIVE, LocalDate.of(2028, 1, 10), EXPIRY.plusYears(3));

        certificate.issueArrived(1, ISO_IEC_20000_1_2018, EXPIRY);

        assertThat(certificate.expiryDate()).isEqualTo(EXPIRY.plusYears(3));
    }

    private static HeldCertificate issued() {
        return HeldCertificate.issued(CERTIFICATE, CLIENT, "CB-2025-000042", 1, ISO_IEC_20000_1_2018, DECIDED, EXPIRY);
    }
}
