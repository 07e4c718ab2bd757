package io.opencert.certificate.rules;

import io.opencert.commons.testing.RulesCatalogue;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {
    @Test
    void everyRuleIsCataloguedWithItsSourceAndItsTests() {
        RulesCatalogue.of("certificate-service", CertificationRule.class).verify();
    }
}
