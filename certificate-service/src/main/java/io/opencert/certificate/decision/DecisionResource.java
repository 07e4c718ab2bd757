package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.certificate.dto.ReissueRequest;
import io.opencert.certificate.decision.dto.ChangeRequest;
import io.opencert.certificate.decision.dto.DecisionOutcome;
import io.opencert.certificate.decision.dto.DecisionView;
import io.opencert.certificate.decision.dto.GrantRequest;
import io.opencert.certificate.decision.dto.GrantResult;
import io.opencert.certificate.decision.dto.RationaleRequest;
import io.opencert.certificate.decision.dto.RefusalRequest;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
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

@Path("/api/v1/decisions")
@Tag(name = "Certification decisions", description = "Decisions on audit outcomes, transfers and every change of a "
        + "certificate's status or scope, by people independent of the audits concerned")
public class DecisionResource {
    private static final String REFUSALS = "Refused (409) when the caller was on the team of an audit of the cycle "
            + "(decision-maker-on-audit-team), is listed in the impartiality register for the client "
            + "(decision-maker-not-impartial), for a TRANSFER when the caller did its pre-transfer review "
            + "(decision-maker-reviewed-transfer), or when the decision was made already (decision-not-open).";

    private final DecisionService decisions;
    private final DecisionOpening opening;
    private final CertificateQueries certificates;
    private final CurrentUser user;

    DecisionResource(DecisionService decisions, DecisionOpening opening, CertificateQueries certificates,
                     CurrentUser user) {
        this.decisions = decisions;
        this.opening = opening;
        this.certificates = certificates;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Ask for a change of a certificate: suspension, reinstatement, withdrawal or scope reduction",
            description = "Opens the decision; the certificate changes only when a decision-maker who was on no audit "
                    + "team of its cycle grants it. Refused (409) when the certificate's state does not allow the "
                    + "change (suspend-only-active, reinstate-only-suspended, withdraw-only-active-or-suspended, "
                    + "reduce-scope-only-active-or-suspended, certificate-expired) or while another change of it waits "
                    + "for its decision (change-decision-pending); 400 without the suspension reason of a suspension "
                    + "or the scope of a scope reduction, or with either on another kind. A scope extension is not "
                    + "asked for here: it needs an audit first.")
    @APIResponse(responseCode = "201", description = "The decision is open; Location names it")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the change; the problem type names the rule")
    public Uni<RestResponse<DecisionView>> askForChange(@Valid @NotNull ChangeRequest request) {
        return opening.openForChange(request.certificateId(), request.kind(), request.suspensionReason(),
                        request.scope(), ReissueRequest.sites(request.sites()), request.reason(), user.username())
                .map(view -> RestResponse.ResponseBuilder.<DecisionView>created(
                        URI.create("/api/v1/decisions/" + view.id())).entity(view).build());
    }

    @GET
    @Path("outcomes")
    @RolesAllowed({Roles.DECISION_MAKER, Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "What was decided on a certificate, oldest first, as its holder sees it",
            description = "A client user sees its own organisation's certificates only (404 for another's).")
    public Uni<List<DecisionOutcome>> outcomes(@QueryParam("certificateId") @NotNull UUID certificateId) {
        return certificates.get(certificateId)
                .invoke(certificate -> {
                    if (!user.maySee(certificate.clientId())) {
                        throw new NotFoundProblem(CertificateQueries.notFound(certificateId));
                    }
                })
                .flatMap(ignored -> decisions.outcomesOf(certificateId));
    }

    @GET
    @RolesAllowed({Roles.DECISION_MAKER, Roles.CB_STAFF})
    @Operation(summary = "Certification decisions, oldest first",
            description = "Filter by status (e.g. OPEN), kind, client, audit or certificate.")
    public Uni<Page<DecisionView>> list(@QueryParam("status") DecisionStatus status,
                                        @QueryParam("kind") DecisionKind kind,
                                        @QueryParam("clientId") UUID clientId,
                                        @QueryParam("auditId") UUID auditId,
                                        @QueryParam("certificateId") UUID certificateId,
                                        @Valid @BeanParam PageRequest page) {
        return decisions.list(status, kind, clientId, auditId, certificateId, page);
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
    @Operation(summary = "Grant: issue the certificate, renew or restore it (recertification), continue it "
            + "(surveillance), issue ours for a transferred one (until its expiry), or make the change asked for "
            + "(suspension, reinstatement, withdrawal, scope reduction, scope extension after its audit)",
            description = REFUSALS + " Also refused for a stage 2 one of whose major nonconformities was not verified "
                    + "within 6 months of its last day (stage-2-major-not-verified-in-time: the decision can only be "
                    + "refused, a repeated stage 2 is planned); while a major nonconformity is open "
                    + "(open-major-nonconformity): the decision waits for NonconformitiesClosed; for a cloud certificate without a valid ISO/IEC 20000-1 "
                    + "certificate (cloud-needs-valid-base-certificate); for a renewal of a certificate that can no "
                    + "longer be restored (restore-window-passed, renew-not-while-suspended); for a transfer of a "
                    + "certificate that is not valid after the decision date (transferred-certificate-expired), while "
                    + "the pre-transfer review found a major nonconformity of it open "
                    + "(transfer-open-major-nonconformity), or to "
                    + "a holder with a live certificate of the standard here (already-certified-here); for a "
                    + "certificate when the holder has a live one of the standard (one-live-certificate); for a change "
                    + "the certificate's lifecycle no longer allows (suspend-only-active, reinstate-only-suspended, "
                    + "withdraw-only-active-or-suspended, reduce-scope-only-active-or-suspended, extend-scope-only-active, "
                    + "certificate-expired); for a scope extension the audit did not recommend (extension-not-recommended) "
                    + "or that would drop a certified site (extension-drops-site). siteScopes gives sites of the audit (of "
                    + "the contract, for a transfer), by site id, their own scope on the certificate; on a scope "
                    + "extension a site certified before keeps its own unless given another (400 for an id that is not "
                    + "one of them, or on a continuation or another change, which give no site a scope of their own).")
    @APIResponse(responseCode = "200", description = "Granted; the certificate is issued, renewed or continued")
    @APIResponse(responseCode = "409", description = "A certification rule forbids the grant")
    public Uni<GrantResult> grant(@PathParam("id") UUID id, @Valid @NotNull GrantRequest request) {
        return decisions.grant(id, user.username(), request.rationale(), request.siteScopes());
    }

    @POST
    @Path("{id}/refusal")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(summary = "Refuse, with a written rationale", description = REFUSALS + " A refused CONTINUATION "
            + "suspends (consequence SUSPEND, reason CONTINUATION_REFUSED) or withdraws (WITHDRAW) the certificate; "
            + "consequence is required for it and refused (400) for every other kind.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "409", description = "A certification rule forbids the step")
    public Uni<DecisionView> refuse(@PathParam("id") UUID id, @Valid @NotNull RefusalRequest request) {
        return decisions.refuse(id, user.username(), request.rationale(), request.consequence());
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
