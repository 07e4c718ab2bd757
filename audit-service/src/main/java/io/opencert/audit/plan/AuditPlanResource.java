package io.opencert.audit.plan;

import io.opencert.audit.plan.dto.PlanRequest;
import io.opencert.audit.plan.dto.PlanView;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/audits/{auditId}/plan")
@Tag(name = "Audit plan", description = "Who audits what, where and when")
public class AuditPlanResource {
    private final AuditPlanService plans;

    AuditPlanResource(AuditPlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The audit plan",
            description = "For CB staff, the audit team and the audited organisation; 404 for anyone else. Empty "
                    + "until the lead auditor draws it up.")
    public Uni<PlanView> get(@PathParam("auditId") UUID auditId) {
        return plans.get(auditId);
    }

    @PUT
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Set the audit plan",
            description = "The lead auditor (403 for other members, 404 for non-members) of an open audit (409). Each "
                    + "slot on a day of the audit, for a team member, at one of its sites or remote (no siteId), no "
                    + "auditor in two slots at once (400 naming each bad slot). A version other than the plan's: 409.")
    public Uni<PlanView> replace(@PathParam("auditId") UUID auditId, @Valid @NotNull PlanRequest request) {
        return plans.replace(auditId, request);
    }
}
