package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.certificate.complaint.dto.HandlingDecision;
import io.opencert.certificate.complaint.dto.InvestigatorRequest;
import io.opencert.certificate.complaint.dto.NewComplaint;
import io.opencert.certificate.rules.HandlingStatus;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
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
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints about certified clients or the body (ISO/IEC 17021-1 9.8): the "
        + "register of the body's staff and the steps of their handling")
public class ComplaintResource {
    static final String STEP_REFUSAL = "Refused (409 handling-step-out-of-order) unless the complaint is at the step "
            + "before.";

    private final ComplaintService complaints;
    private final CurrentUser user;

    ComplaintResource(ComplaintService complaints, CurrentUser user) {
        this.complaints = complaints;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "File a complaint on the complainant's behalf (received by phone, letter or e-mail)",
            description = "As the public form does, with the staff member recorded as who filed it. 400 for a "
                    + "complaint about a certified client without a certificate number of the register, or about the "
                    + "body with one.")
    @APIResponse(responseCode = "201", description = "Received; statusPage is the complainant's to follow it")
    public Uni<RestResponse<ComplaintView>> file(@Valid @NotNull NewComplaint complaint) {
        return complaints.file(complaint, user.username()).map(view -> RestResponse.ResponseBuilder
                .<ComplaintView>created(URI.create("/api/v1/complaints/" + view.id())).entity(view).build());
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER})
    @Operation(summary = "The register of complaints, oldest first, each with its status, age in days and whether it "
            + "is overdue", description = "Filter by status and by overdue (true: past its acknowledgement or "
            + "decision deadline; false: not).")
    public Uni<Page<ComplaintView>> list(@QueryParam("status") HandlingStatus status,
                                         @QueryParam("overdue") Boolean overdue,
                                         @Valid @BeanParam PageRequest page) {
        return complaints.list(status, overdue, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER})
    @Operation(summary = "One complaint as filed, with its handling")
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return complaints.get(id);
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Acknowledge the complaint to the complainant", description = STEP_REFUSAL)
    public Uni<ComplaintView> acknowledge(@PathParam("id") UUID id) {
        return complaints.acknowledge(id, user.username());
    }

    @POST
    @Path("{id}/investigator")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Assign the investigator of an acknowledged complaint", description = STEP_REFUSAL
            + " Refused (409 handler-involved-in-complaint) for a member of an audit team of the client complained "
            + "about or a decision-maker of its certification.")
    public Uni<ComplaintView> assignInvestigator(@PathParam("id") UUID id,
                                                 @Valid @NotNull InvestigatorRequest request) {
        return complaints.assignInvestigator(id, request.investigator(), user.username());
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER})
    @Operation(summary = "Decide the investigated complaint: upheld or not, with the outcome for the complainant",
            description = STEP_REFUSAL + " Refused (409 handler-involved-in-complaint) for someone involved in its "
                    + "subject, and (409 decider-investigated) for its investigator.")
    public Uni<ComplaintView> decide(@PathParam("id") UUID id, @Valid @NotNull HandlingDecision decision) {
        return complaints.decide(id, decision, user.username());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Close the decided complaint once its outcome was given and followed up",
            description = STEP_REFUSAL)
    public Uni<ComplaintView> close(@PathParam("id") UUID id) {
        return complaints.close(id, user.username());
    }
}
