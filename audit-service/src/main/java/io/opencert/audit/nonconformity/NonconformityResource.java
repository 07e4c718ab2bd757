package io.opencert.audit.nonconformity;

import io.opencert.audit.finding.dto.FindingView;
import io.opencert.audit.nonconformity.dto.NonconformityResponse;
import io.opencert.audit.nonconformity.dto.ReviewNote;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/audits/{auditId}/nonconformities")
@Tag(name = "Nonconformities", description = "The client's answers to nonconformities, their review and verification")
public class NonconformityResource {
    private static final String SETTLED = "Once every major nonconformity of a completed audit is verified and every "
            + "minor one's answer (correction and corrective-action plan) accepted, NonconformitiesClosed is published "
            + "once, and the certification decision may proceed; not when stage 2 must be repeated under the 6-month "
            + "rule.";
    private final NonconformityService nonconformities;

    NonconformityResource(NonconformityService nonconformities) {
        this.nonconformities = nonconformities;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The audit's major and minor nonconformities with their workflow",
            description = "For CB staff, the audit team and the audited organisation; 404 for anyone else. A major "
                    + "nonconformity of a completed surveillance or recertification audit shows verificationDue: its "
                    + "correction is verified by then (last day on site + cb.audit.major-correction-days), else a "
                    + "suspension of the certificate is decided.")
    public Uni<List<FindingView>> list(@PathParam("auditId") UUID auditId) {
        return nonconformities.list(auditId);
    }

    @PUT
    @Path("{findingId}/response")
    @RolesAllowed(Roles.CLIENT)
    @Operation(summary = "Answer a nonconformity with correction, root cause and corrective action",
            description = "The audited organisation's user, while it awaits an answer or was returned "
                    + "(409 nonconformity-workflow otherwise); 404 for other organisations.")
    public Uni<FindingView> respond(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                                    @Valid @NotNull NonconformityResponse response) {
        return nonconformities.respond(auditId, findingId, response);
    }

    @POST
    @Path("{findingId}/acceptance")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Accept the client's answer",
            description = "An auditor of the audit team (403 auditors-only for a technical expert); 404 for anyone "
                    + "else. " + SETTLED)
    public Uni<FindingView> accept(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                                   @Valid ReviewNote review) {
        return nonconformities.review(auditId, findingId, true, review == null ? null : review.note());
    }

    @POST
    @Path("{findingId}/return")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Return the client's answer with a note saying what is missing",
            description = "An auditor of the audit team (403 auditors-only for a technical expert); the client answers again.")
    public Uni<FindingView> returnToClient(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId,
                                           @Valid @NotNull ReviewNote review) {
        return nonconformities.review(auditId, findingId, false, review.note());
    }

    @POST
    @Path("{findingId}/verification")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Verify the correction: closes the nonconformity",
            description = "An auditor of the audit team (403 auditors-only for a technical expert), after accepting the "
                    + "answer. " + SETTLED)
    public Uni<FindingView> verify(@PathParam("auditId") UUID auditId, @PathParam("findingId") UUID findingId) {
        return nonconformities.verify(auditId, findingId);
    }
}
