package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.AppealView;
import io.opencert.certificate.complaint.dto.HandlingDecision;
import io.opencert.certificate.complaint.dto.InvestigatorRequest;
import io.opencert.certificate.complaint.dto.NewAppeal;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/appeals")
@Tag(name = "Appeals", description = "Appeals against certification decisions (ISO/IEC 17021-1 9.7): lodged by the "
        + "client, handled by people who took no part in the decision")
public class AppealResource {
    private static final String INVOLVED = " Refused (409 handler-involved-in-appeal) for the decision-maker of the "
            + "appealed decision and the members of the teams of the audits behind it.";

    private final AppealService appeals;
    private final CurrentUser user;

    AppealResource(AppealService appeals, CurrentUser user) {
        this.appeals = appeals;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Appeal a certification decision, by the client (its own only) or staff on its behalf",
            description = "A refusal or a granted suspension can be appealed (409 decision-not-appealable), within "
                    + "cb.appeals.lodge-within of the decision (default 30 days; 409 appeal-period-passed), once "
                    + "(409 decision-already-appealed). Another organisation's decision is 404 to a client user.")
    @APIResponse(responseCode = "201", description = "Lodged; Location names the appeal")
    public Uni<RestResponse<AppealView>> lodge(@Valid @NotNull NewAppeal appeal) {
        return appeals.lodge(appeal, user.username(), user::maySee).map(view -> RestResponse.ResponseBuilder
                .<AppealView>created(URI.create("/api/v1/appeals/" + view.id())).entity(view).build());
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "The register of appeals, oldest first, each with its status, age in days and whether it "
            + "is overdue", description = "Filter by status and by overdue. A client user sees its own "
            + "organisation's appeals only.")
    public Uni<Page<AppealView>> list(@QueryParam("status") HandlingStatus status,
                                      @QueryParam("overdue") Boolean overdue,
                                      @Valid @BeanParam PageRequest page) {
        if (user.isClientUser()) {
            return user.clientId().map(own -> appeals.list(own, status, overdue, page))
                    .orElseGet(() -> Uni.createFrom().item(new Page<>(page.page(), page.size(), 0, List.of())));
        }
        return appeals.list(null, status, overdue, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "One appeal as lodged, with its handling", description = "404 to a client user for another "
            + "organisation's.")
    public Uni<AppealView> get(@PathParam("id") UUID id) {
        return appeals.get(id, user::maySee);
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Acknowledge the appeal to the appellant", description = ComplaintResource.STEP_REFUSAL)
    public Uni<AppealView> acknowledge(@PathParam("id") UUID id) {
        return appeals.acknowledge(id, user.username());
    }

    @POST
    @Path("{id}/investigator")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Assign the investigator of an acknowledged appeal",
            description = ComplaintResource.STEP_REFUSAL + INVOLVED)
    public Uni<AppealView> assignInvestigator(@PathParam("id") UUID id, @Valid @NotNull InvestigatorRequest request) {
        return appeals.assignInvestigator(id, request.investigator(), user.username());
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER})
    @Operation(summary = "Decide the investigated appeal: upheld or not, with the outcome for the appellant",
            description = ComplaintResource.STEP_REFUSAL + INVOLVED + " Refused (409 decider-investigated) for its "
                    + "investigator. Upheld, it opens the corrective certification decision (a refusal is decided "
                    + "again, a suspension is to be lifted by a reinstatement), named in correctiveDecisionId; the "
                    + "rules of that decision apply (e.g. 409 reinstate-only-suspended).")
    public Uni<AppealView> decide(@PathParam("id") UUID id, @Valid @NotNull HandlingDecision decision) {
        return appeals.decide(id, decision, user.username());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Close the decided appeal once its outcome was given and followed up",
            description = ComplaintResource.STEP_REFUSAL)
    public Uni<AppealView> close(@PathParam("id") UUID id) {
        return appeals.close(id, user.username());
    }
}
