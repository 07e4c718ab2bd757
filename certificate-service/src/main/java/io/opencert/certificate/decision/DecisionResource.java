package io.opencert.certificate.decision;

import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantRequest;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.decision.dto.RationaleRequest;
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

import java.util.UUID;

@Path("/api/v1/decisions")
@Tag(name = "Certification decisions", description = "Decisions on audit outcomes, by people independent of the audit team")
public class DecisionResource {
    private static final String REFUSALS = "Refused (409) when the caller was on the audit team (decision-maker-on-audit-team) "
            + "or when the decision was made already (decision-not-open).";

    private final DecisionService decisions;
    private final CurrentUser user;

    DecisionResource(DecisionService decisions, CurrentUser user) {
        this.decisions = decisions;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.DECISION_MAKER, Roles.CB_STAFF})
    @Operation(summary = "Certification decisions, oldest first", description = "Filter by status (e.g. OPEN), client or audit.")
    public Uni<Page<DecisionView>> list(@QueryParam("status") DecisionStatus status,
                                        @QueryParam("clientId") UUID clientId,
                                        @QueryParam("auditId") UUID auditId,
                                        @Valid @BeanParam PageRequest page) {
        return decisions.list(status, clientId, auditId, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DECISION_MAKER, Roles.CB_STAFF})
    @Operation(summary = "One certification decision with the audit outcome it is about (for a TRANSFER: the "
            + "transferred certificate and the pre-transfer review) and every step taken")
    public Uni<DecisionView> get(@PathParam("id") UUID id) {
        return decisions.get(id);
    }

    @POST
    @Path("{id}/grant")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(summary = "Grant: issue the certificate, renew it (recertification), continue it (surveillance; "
            + "a suspension for the missed surveillance ends) or issue ours for a transferred one (until its expiry)",
            description = REFUSALS + " Also refused while a major nonconformity is open (open-major-nonconformity): the "
                    + "decision waits for NonconformitiesClosed; for a cloud certificate without a valid ISO/IEC 20000-1 "
                    + "certificate (cloud-needs-valid-base-certificate); for a renewal of a certificate that can no "
                    + "longer be restored (restore-window-passed, renew-not-while-suspended); for a transfer of a "
                    + "certificate that is not valid after the decision date (transferred-certificate-expired) or to "
                    + "a holder with a live certificate of the standard here (already-certified-here). "
                    + "siteScopes gives sites of the audit (of the contract, for a transfer), by site id, their own scope on the certificate (400 for an id that is not one of them "
                    + "or on a continuation, which changes no certificate).")
    @APIResponse(responseCode = "200", description = "Granted; the certificate is issued, renewed or continued")
    @APIResponse(responseCode = "409", description = "A certification rule forbids the grant")
    public Uni<GrantResult> grant(@PathParam("id") UUID id, @Valid @NotNull GrantRequest request) {
        return decisions.grant(id, user.username(), request.rationale(), request.siteScopes());
    }

    @POST
    @Path("{id}/refusal")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(summary = "Refuse, with a written rationale", description = REFUSALS)
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "409", description = "A certification rule forbids the step")
    public Uni<DecisionView> refuse(@PathParam("id") UUID id, @Valid @NotNull RationaleRequest request) {
        return decisions.refuse(id, user.username(), request.rationale());
    }

    @POST
    @Path("{id}/information-request")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(summary = "Ask for more information before deciding", description = REFUSALS
            + " The decision stays to be decided (INFORMATION_REQUESTED).")
    @APIResponse(responseCode = "200", description = "Information requested")
    @APIResponse(responseCode = "409", description = "A certification rule forbids the step")
    public Uni<DecisionView> requestInformation(@PathParam("id") UUID id, @Valid @NotNull RationaleRequest request) {
        return decisions.requestInformation(id, user.username(), request.rationale());
    }
}
