package io.opencert.audit.api;

import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.openapi.ProblemResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/** The problem answers of audit-service's operations in its OpenAPI document, with the types of {@link AuditRule}. */
// Quarkus runs an @OpenApiFilter class only when the class itself names OASFilter among its interfaces
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DocumentedProblems extends ProblemResponses implements OASFilter {
    public DocumentedProblems() {
        super(AuditRule.class);
    }
}
