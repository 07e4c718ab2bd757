package io.opencert.audit.rules;

import io.opencert.commons.testing.RulesCatalogue;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {
    @Test
    void everyRuleIsCataloguedWithItsSourceAndItsTests() {
        RulesCatalogue.of("audit-service", AuditRule.class).verify();
    }
}
