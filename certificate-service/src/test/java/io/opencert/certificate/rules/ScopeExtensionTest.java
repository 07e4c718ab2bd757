package io.opencert.certificate.rules;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.events.model.Recommendation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScopeExtensionTest {

    @ParameterizedTest
    @EnumSource(Recommendation.class)
    void onlyAnAuditThatRecommendsCertificationCarriesAnExtension(Recommendation recommendation) {
        Runnable grant = () -> ScopeExtension.requireRecommended(recommendation);
        if (recommendation == Recommendation.CERTIFY || recommendation == Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE) {
            assertThatCode(grant::run).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(ProblemException.class, grant::run).toProblem(null).type())
                    .isEqualTo(Problem.type("extension-not-recommended"));
        }
    }
}
