package io.opencert.client.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.opencert.events.model.Standard.ISO_IEC_TR_20000_9_2015;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EditionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "ISO_IEC_20000_1_2011, 2018-09-15, true",
            "ISO_IEC_20000_1_2011, 2021-09-29, true",
            "ISO_IEC_20000_1_2011, 2021-09-30, false",
            "ISO_IEC_20000_1_2011, 2026-12-07, false",
            "ISO_IEC_20000_1_2018, 2021-09-30, true",
            "ISO_IEC_20000_1_2018, 2099-12-31, true",
            "ISO_IEC_TR_20000_9_2015, 2021-09-30, true",
            "ISO_IEC_TR_20000_9_2015, 2099-12-31, true"})
    void anEditionIsCertifiableUntilTheEndOfItsTransition(Standard standard, LocalDate day, boolean certifiable) {
        assertThat(standard.certifiableOn(day)).isEqualTo(certifiable);
    }

    @Test
    void theTableOfEditionsNamesTheDayEachStoppedBeingCertifiable() {
        assertThat(ISO_IEC_20000_1_2011.notCertifiableFrom()).contains(LocalDate.of(2021, 9, 30));
        assertThat(ISO_IEC_20000_1_2018.notCertifiableFrom()).isEmpty();
        assertThat(ISO_IEC_TR_20000_9_2015.notCertifiableFrom()).isEmpty();
        assertThat(Standard.values()).allSatisfy(standard -> assertThat(standard.notCertifiableFrom())
                .isNotNull());
    }

    @Test
    void aQuotationOfTheWithdrawnEditionIsRefusedNamingTheRuleAndTheSuccessor() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> Editions.requireCertifiable(Set.of(ISO_IEC_20000_1_2011, ISO_IEC_TR_20000_9_2015), TODAY));

        Problem problem = refused.toProblem("/api/v1/quotations");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(Problem.type("edition-withdrawn"));
        assertThat(problem.title()).isEqualTo("Edition no longer certifiable");
        assertThat(problem.detail()).isEqualTo("ISO/IEC 20000-1:2011 is no longer certifiable since 2021-09-30 (end "
                + "of its transition period); apply for ISO/IEC 20000-1:2018 instead. Existing certificates keep their "
                + "dates; no new quotation or contract is made for a withdrawn edition.");
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("standards");
    }

    @Test
    void openEditionsPass() {
        assertThatCode(() -> Editions.requireCertifiable(Set.of(ISO_IEC_20000_1_2018, ISO_IEC_TR_20000_9_2015),
                TODAY)).doesNotThrowAnyException();
        assertThat(Editions.withdrawn(List.of(ISO_IEC_20000_1_2018, ISO_IEC_20000_1_2011, ISO_IEC_20000_1_2011),
                TODAY)).containsExactly(ISO_IEC_20000_1_2011);
    }
}
