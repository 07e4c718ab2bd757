package io.opencert.notification.api;

import io.opencert.commons.openapi.ProblemResponses;
import io.opencert.notification.rules.NotificationRule;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/** The problem answers of notification-service's operations in its OpenAPI document, with the types of {@link NotificationRule}. */
// Quarkus runs an @OpenApiFilter class only when the class itself names OASFilter among its interfaces
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DocumentedProblems extends ProblemResponses implements OASFilter {
    public DocumentedProblems() {
        super(NotificationRule.class);
    }
}
