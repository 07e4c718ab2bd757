package io.opencert.notification.rules;

import io.opencert.commons.testing.RulesCatalogue;
import org.junit.jupiter.api.Test;

class RulesCatalogueTest {
    @Test
    void everyRuleIsCataloguedWithItsSourceAndItsTests() {
        RulesCatalogue.of("notification-service", NotificationRule.class).verify();
    }
}
