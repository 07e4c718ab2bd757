package io.opencert.audit.finding;

import io.opencert.audit.finding.dto.FindingRequest;
import io.opencert.audit.finding.dto.FindingView;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/audits/{auditId}/findings")
@Tag(name = "Findings", description = "What the audit team found, clause by clause")
public class FindingResource {
    private final FindingService findings;

    FindingResource(FindingService findings) {
        this.findings = findings;
    }

    @POST
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Record a finding", description = "The audit team's lead auditor and auditors only (403 "
            + "auditors-only for a technical expert, 404 for anyone off the team).")
    public Uni<RestResponse<FindingView>> record(@PathParam("auditId") UUID auditId,
                                                 @Valid @NotNull FindingRequest request, UriInfo uri) {
        return findings.record(auditId, request).map(finding -> RestResponse.ResponseBuilder
                .<FindingView>created(uri.getAbsolutePathBuilder().path(finding.id().toString()).build())
                .entity(finding)
                .build());
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The findings of an audit, in the order they were recorded",
            description = "For CB staff, the audit team and the audited organisation.")
    public Uni<Page<FindingView>> list(@PathParam("auditId") UUID auditId, @Valid @BeanParam PageRequest page) {
        return findings.list(auditId, page);
    }

    @GET
    @Path("{findingId}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "One finding of an audit", description = "For CB staff, the audit team and the audited organisation.")
    public Uni<FindingView> get(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId) {
        return findings.get(auditId, findingId);
    }
}
