package io.opencert.audit.audit;

import io.opencert.audit.audit.dto.AuditView;
import io.opencert.audit.audit.dto.CompletionRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/audits")
@Tag(name = "Audits", description = "Audits as the team executes them")
public class AuditResource {
    private final AuditService audits;

    AuditResource(AuditService audits) {
        this.audits = audits;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Audits, the latest start first",
            description = "CB staff see every audit, a client user those of their own organisation (auditors use "
                    + "/api/v1/auditor/assignments). The 6-month rule of stage 2 is shown on the single audit only.")
    public Uni<Page<AuditView>> list(@Valid @BeanParam PageRequest page) {
        return audits.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "An audit with its team, sites and outcome",
            description = "For CB staff, auditors on its team and users of the audited organisation; 404 for anyone else.")
    public Uni<AuditView> get(@PathParam("id") UUID id) {
        return audits.view(id);
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Complete the audit with the team's recommendation",
            description = "The team's lead auditor only (403 for other members, 404 for non-members); once (409 "
                    + "audit-not-open); the last day on site neither before the start (400 "
                    + "last-day-on-site-before-start) nor after today (400 last-day-on-site-in-future); every checklist item answered (409 checklist-unanswered); a stage 2, recertification "
                    + "or scope extension audit audits every requirement of clauses 4 to 10 of ISO/IEC 20000-1:2018, "
                    + "none answered NOT_APPLICABLE or NOT_AUDITED (409 clauses-not-audited, the clauses listed in "
                    + "violations); CERTIFY not while a major nonconformity is open (409 "
                    + "certify-with-open-major-nonconformity).")
    public Uni<AuditView> complete(@PathParam("id") UUID id, @Valid @NotNull CompletionRequest request) {
        return audits.complete(id, request);
    }
}
