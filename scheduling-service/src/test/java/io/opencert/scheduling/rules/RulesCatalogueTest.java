package io.opencert.scheduling.rules;

import io.opencert.commons.testing.RulesCatalogue;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {
    @Test
    void everyRuleIsCataloguedWithItsSourceAndItsTests() {
        RulesCatalogue.of("scheduling-service", ProgrammeRule.class).verify();
    }
}
