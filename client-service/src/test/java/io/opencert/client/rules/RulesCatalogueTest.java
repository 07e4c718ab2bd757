package io.opencert.client.rules;

import io.opencert.commons.testing.RulesCatalogue;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {
    @Test
    void everyRuleIsCataloguedWithItsSourceAndItsTests() {
        RulesCatalogue.of("client-service", ClientRule.class).verify();
    }
}
