package io.opencert.notification.rules;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;

/**
 * Every rule of notification-service that refuses a request; listed with its source and tests in the rules catalogue,
 * {@code docs/rules/notification-service.md}.
 */
public enum NotificationRule implements Rule {
    SEND_AGAIN_ONLY_UNDELIVERABLE("Only an undeliverable mail is sent again", "Workflow");

    private final RuleText text;

    NotificationRule(String title, String source) {
        this.text = new RuleText(title, source);
    }

    @Override
    public RuleText text() {
        return text;
    }
}
