package io.opencert.audit.preassessment;

import io.opencert.audit.preassessment.dto.PreAssessmentRequest;
import io.opencert.audit.preassessment.dto.PreAssessmentView;
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
@Path("/api/v1/audits/{auditId}/pre-assessment")
@Tag(name = "Pre-assessment", description = "Stage review and system and risk review: strengths and weaknesses profile")
public class PreAssessmentResource {
    private final PreAssessmentService assessments;

    PreAssessmentResource(PreAssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The strengths and weaknesses profile per process area and the short report",
            description = "For CB staff, the audit team and the audited organisation; 404 for anyone else.")
    public Uni<PreAssessmentView> get(@PathParam("auditId") UUID auditId) {
        return assessments.get(auditId);
    }

    @PUT
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Record the profile (maturity 0 to 5 per process area) and the short report",
            description = "The lead auditor of an open stage review or system and risk review (409 not-a-pre-assessment "
                    + "for other audits). Findings only: wording of advice is refused (400 advice-in-report).")
    public Uni<PreAssessmentView> replace(@PathParam("auditId") UUID auditId,
                                          @Valid @NotNull PreAssessmentRequest request) {
        return assessments.replace(auditId, request);
    }
}
