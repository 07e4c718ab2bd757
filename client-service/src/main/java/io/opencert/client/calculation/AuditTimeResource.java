package io.opencert.client.calculation;

import io.opencert.client.calculation.dto.AuditTimeTableView;
import io.opencert.client.calculation.dto.CalculationRequest;
import io.opencert.client.calculation.dto.CalculationView;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/audit-time")
@Tag(name = "Audit time", description = "Audit days of a certification cycle from the table, adjustments and sites")
public class AuditTimeResource {
    private final AuditTimeService auditTime;

    AuditTimeResource(AuditTimeService auditTime) {
        this.auditTime = auditTime;
    }

    @POST
    @Path("calculations")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Calculate the audit days of a cycle, stores nothing: the breakdown with the reason for every "
            + "number; 409 audit-time-reduction-cap, integrated-system-reduction-cap, cloud-extension-needs-20000-1, "
            + "one-central-function, site-names-unique, adjustment-factor-repeated")
    public Uni<CalculationView> calculate(@Valid @NotNull CalculationRequest request) {
        return auditTime.calculate(request);
    }

    @GET
    @Path("table")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "The audit time table in force, with its version")
    public Uni<AuditTimeTableView> table() {
        return auditTime.currentTable().map(AuditTimeTableView::of);
    }

    @POST
    @Path("table")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Replace the audit time table by a new version (bands growing in persons, never falling "
            + "in days); quotations keep the version they were calculated with")
    public Uni<RestResponse<AuditTimeTableView>> replace(@Valid @NotNull AuditTimeTableView replacement) {
        return auditTime.replaceTable(replacement).map(table -> RestResponse.status(RestResponse.Status.CREATED, table));
    }
}
