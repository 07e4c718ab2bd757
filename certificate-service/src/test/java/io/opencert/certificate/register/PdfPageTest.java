package io.opencert.certificate.register;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPageTest {

    @Test
    void theAccreditationLineSaysAsMuchAsIsConfigured() {
        assertThat(PdfPage.accreditationLine(accreditation("Akkreditierung Austria", "0943")))
                .contains("Accredited by Akkreditierung Austria, accreditation number 0943");
        assertThat(PdfPage.accreditationLine(accreditation("Akkreditierung Austria", null)))
                .contains("Accredited by Akkreditierung Austria");
        assertThat(PdfPage.accreditationLine(accreditation(null, "0943"))).contains("Accreditation number 0943");
        assertThat(PdfPage.accreditationLine(accreditation(null, null))).isEmpty();
    }

    private static CertificationBody.Accreditation accreditation(String body, String number) {
        return new CertificatePdfTest.Accreditation(Optional.ofNullable(body), Optional.ofNullable(number), Optional.empty());
    }
}
