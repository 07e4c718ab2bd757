package io.opencert.certificate.register;

import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.RevisionReason;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.licence.LicenceStatus;
import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatusMarkTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 14);
    private static final LocalDate CHANGED = LocalDate.of(2027, 2, 1);

    @Test
    void theCurrentRevisionOfAnActiveCertificateIsNotMarked() {
        assertThat(StatusMark.ofCertificate(revision(2, true), certificate(CertificateStatus.ACTIVE, 2))).isEmpty();
    }

    @Test
    void aSupersededRevisionNamesTheRevisionThatSupersededItAndWhenIfThatIsTheCurrentOne() {
        assertThat(StatusMark.ofCertificate(revision(1, false), certificate(CertificateStatus.ACTIVE, 2)))
                .contains(new StatusMark("SUPERSEDED BY REVISION 2 — NOT VALID", "Superseded on " + CHANGED));
        assertThat(StatusMark.ofCertificate(revision(1, false), certificate(CertificateStatus.ACTIVE, 3)))
                .contains(new StatusMark("SUPERSEDED BY REVISION 2 — NOT VALID",
                        "Revision 3 of " + CHANGED + " is the current one"));
    }

    @Test
    void everyRevisionOfACertificateThatIsNotActiveIsMarkedWithItsStatusAndSinceWhen() {
        assertThat(StatusMark.ofCertificate(revision(1, true), certificate(CertificateStatus.SUSPENDED, 1)))
                .contains(new StatusMark("SUSPENDED — NOT VALID", "Certificate suspended since " + CHANGED));
        assertThat(StatusMark.ofCertificate(revision(1, true), certificate(CertificateStatus.EXPIRED, 1)))
                .contains(new StatusMark("EXPIRED — NOT VALID", "Certificate expired on " + CHANGED));
        assertThat(StatusMark.ofCertificate(revision(1, false), certificate(CertificateStatus.WITHDRAWN, 2)))
                .contains(new StatusMark("WITHDRAWN — NOT VALID",
                        "Certificate withdrawn on " + CHANGED + ". Revision 1 was superseded by revision 2"));
    }

    @Test
    void aLicenceIsMarkedWhenTheRightToUseIsRevokedOrItsCertificateIsNotActive() {
        assertThat(StatusMark.ofLicence(licence(LicenceStatus.GRANTED), certificate(CertificateStatus.ACTIVE, 1))).isEmpty();
        assertThat(StatusMark.ofLicence(licence(LicenceStatus.REVOKED), certificate(CertificateStatus.SUSPENDED, 1)))
                .contains(new StatusMark("REVOKED — NOT VALID",
                        "Right to use revoked since " + CHANGED + ". Certificate suspended since " + CHANGED));
        assertThat(StatusMark.ofLicence(licence(LicenceStatus.REVOKED), certificate(CertificateStatus.ACTIVE, 1)))
                .contains(new StatusMark("REVOKED — NOT VALID", "Right to use revoked since " + CHANGED));
        assertThat(StatusMark.ofLicence(licence(LicenceStatus.GRANTED), certificate(CertificateStatus.EXPIRED, 1)))
                .contains(new StatusMark("CERTIFICATE EXPIRED — NOT VALID", "Certificate expired on " + CHANGED));
    }

    private static RevisionView revision(int revision, boolean current) {
        return new RevisionView(UUID.randomUUID(), "CB-2026-000042", revision, 1, RevisionReason.INITIAL, current,
                "Example Services GmbH", Standard.ISO_IEC_20000_1_2018, "ISO/IEC 20000-1:2018",
                "Operation of IT services", List.of(), ISSUED, ISSUED, ISSUED.plusYears(3), Instant.now());
    }

    private static CurrentStatus certificate(CertificateStatus status, int currentRevision) {
        return new CurrentStatus(status, CHANGED, currentRevision, CHANGED);
    }

    private static LicenceView licence(LicenceStatus status) {
        return new LicenceView(UUID.randomUUID(), UUID.randomUUID(), "CB-2026-000042", UUID.randomUUID(), status,
                ISSUED, status == LicenceStatus.GRANTED ? ISSUED : CHANGED,
                new LicenceView.Terms(1, ISSUED, "Certificate issuance and right to use licence", "Terms"));
    }
}

