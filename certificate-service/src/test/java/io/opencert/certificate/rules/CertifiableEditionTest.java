package io.opencert.certificate.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Standard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CertifiableEditionTest {

    @ParameterizedTest(name = "{0} to {1} on {2}: refused {3}")
    @CsvSource({
            "CERTIFICATION, ISO_IEC_20000_1_2011, 2021-09-29, false",
            "CERTIFICATION, ISO_IEC_20000_1_2011, 2021-09-30, true",
            "RENEWAL, ISO_IEC_20000_1_2011, 2026-12-07, true",
            "TRANSFER, ISO_IEC_20000_1_2011, 2026-12-07, true",
            "SCOPE_EXTENSION, ISO_IEC_20000_1_2011, 2026-12-07, true",
            "CERTIFICATION, ISO_IEC_20000_1_2018, 2026-12-07, false",
            "CERTIFICATION, ISO_IEC_TR_20000_9_2015, 2026-12-07, false",
            // keeping or ending a certificate issued before is never refused for its edition
            "CONTINUATION, ISO_IEC_20000_1_2011, 2026-12-07, false",
            "SUSPENSION, ISO_IEC_20000_1_2011, 2026-12-07, false",
            "WITHDRAWAL, ISO_IEC_20000_1_2011, 2026-12-07, false",
            "SCOPE_REDUCTION, ISO_IEC_20000_1_2011, 2026-12-07, false",
    })
    void noCertificateToAWithdrawnEditionIsGranted(DecisionKind kind, Standard standard, LocalDate day, boolean refused) {
        Runnable grant = () -> CertifiableEdition.requireCertifiable(kind, standard, day);
        if (refused) {
            ProblemException problem = catchThrowableOfType(ProblemException.class, grant::run);
            assertThat(problem.toProblem(null).type()).isEqualTo(Problem.type("edition-withdrawn"));
            assertThat(problem).hasMessageContaining("since 2021-09-30").hasMessageContaining("ISO/IEC 20000-1:2018");
        } else {
            assertThatCode(grant::run).doesNotThrowAnyException();
        }
    }
}
