package io.opencert.certificate.certificate;

import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.ReissueRequest;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.register.CertificatePdf;
import io.opencert.certificate.register.CertificationBody;
import io.opencert.certificate.register.CurrentStatus;
import io.opencert.certificate.register.VerificationLinks;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.rules.ChangeDecisions;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.pdf.PdfRendering;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.ratelimit.Expensive;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Issued certificates; a client user sees only its own organisation's")
public class CertificateResource {
    private final CertificateQueries certificates;
    private final CertificateChanges changes;
    private final CurrentUser user;
    private final VerificationLinks links;
    private final CertificatePdf pdf;
    private final PdfRendering rendering;

    CertificateResource(CertificateQueries certificates, CertificateChanges changes, CurrentUser user,
                        VerificationLinks links, CertificationBody certificationBody, PdfRendering rendering) {
        this.certificates = certificates;
        this.changes = changes;
        this.user = user;
        this.links = links;
        this.pdf = new CertificatePdf(certificationBody);
        this.rendering = rendering;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "Certificates, newest first", description = "Filter by client and status; a client user always gets its own organisation's.")
    public Uni<Page<CertificateView>> list(@QueryParam("clientId") UUID clientId,
                                           @QueryParam("status") CertificateStatus status,
                                           @Valid @BeanParam PageRequest page) {
        if (!user.isClientUser()) {
            return certificates.list(clientId, status, page);
        }
        return user.clientId()
                .map(own -> certificates.list(own, status, page))
                .orElseGet(() -> Uni.createFrom().item(new Page<>(page.page(), page.size(), 0, List.of())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "One certificate")
    public Uni<CertificateView> get(@PathParam("id") UUID id) {
        return visible(id);
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "Every revision of the certificate, the first first; the last one is current")
    public Uni<List<RevisionView>> revisions(@PathParam("id") UUID id) {
        return visible(id).flatMap(ignored -> certificates.revisions(id));
    }

    @GET
    @Path("{id}/pdf")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Produces(CertificatePdf.MEDIA_TYPE)
    @Expensive
    @Operation(summary = "The current revision of the certificate as PDF, with a QR code to its verification page")
    public Uni<RestResponse<byte[]>> pdf(@PathParam("id") UUID id) {
        return visible(id).flatMap(certificate -> revisionPdf(id, certificate.revision()));
    }

    @GET
    @Path("{id}/revisions/{revision}/pdf")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Produces(CertificatePdf.MEDIA_TYPE)
    @Expensive
    @Operation(summary = "One revision of the certificate as PDF, also one that a later revision superseded")
    public Uni<RestResponse<byte[]>> revisionPdf(@PathParam("id") UUID id, @PathParam("revision") int revision) {
        return visible(id).flatMap(certificate -> certificates.revision(id, revision)
                .flatMap(found -> rendering.render(
                                () -> pdf.render(found, CurrentStatus.of(certificate), links.pageOf(found.number())))
                        .map(printed -> RestResponse.ResponseBuilder.ok(printed, CertificatePdf.MEDIA_TYPE)
                                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + found.number() + "-rev"
                                        + found.revision() + ".pdf\"")
                                .build())));
    }

    @POST
    @Path("{id}/reissue")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Reissue after a documented change of the holder's name or of site names and addresses",
            description = "A new revision, issued today, supersedes the previous one (CertificateRevised); number, "
                    + "validity, cycle, scope, sites and status stay. Sites, when given, are the certified sites in "
                    + "the same order with the same site ids and scopes, renamed or readdressed. A change of scope "
                    + "(reason SCOPE_CHANGE, or another scope: scope-change-needs-decision) or of the sites certified "
                    + "(site-change-needs-decision) is refused (409): it is a certification decision. Also refused "
                    + "unless the certificate is active and within its validity (reissue-only-active).")
    @APIResponse(responseCode = "200", description = "Reissued as a new revision")
    @APIResponse(responseCode = "409", description = "The change needs a decision, or the lifecycle forbids the reissue")
    public Uni<CertificateView> reissue(@PathParam("id") UUID id, @Valid @NotNull ReissueRequest request) {
        if (request.reason() == ReissueRequest.Reason.SCOPE_CHANGE) {
            throw ChangeDecisions.needsDecision("a change of scope");
        }
        return changes.reissue(id, request.holderName(), request.scope(), ReissueRequest.sites(request.sites()),
                request.note(), user.username());
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(deprecated = true, summary = "Replaced by a SUSPENSION decision (POST /api/v1/decisions)",
            description = "Always refused (409 change-needs-decision): a suspension is a certification decision.")
    @APIResponse(responseCode = "409", description = "A suspension is a decision")
    public Uni<CertificateView> suspend(@PathParam("id") UUID id) {
        throw ChangeDecisions.needsDecision("a suspension");
    }

    @POST
    @Path("{id}/reinstatement")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(deprecated = true, summary = "Replaced by a REINSTATEMENT decision (POST /api/v1/decisions)",
            description = "Always refused (409 change-needs-decision): a reinstatement is a certification decision.")
    @APIResponse(responseCode = "409", description = "A reinstatement is a decision")
    public Uni<CertificateView> reinstate(@PathParam("id") UUID id) {
        throw ChangeDecisions.needsDecision("a reinstatement");
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(deprecated = true, summary = "Replaced by a WITHDRAWAL decision (POST /api/v1/decisions)",
            description = "Always refused (409 change-needs-decision): a withdrawal is a certification decision.")
    @APIResponse(responseCode = "409", description = "A withdrawal is a decision")
    public Uni<CertificateView> withdraw(@PathParam("id") UUID id) {
        throw ChangeDecisions.needsDecision("a withdrawal");
    }

    @POST
    @Path("{id}/scope-reduction")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(deprecated = true, summary = "Replaced by a SCOPE_REDUCTION decision (POST /api/v1/decisions)",
            description = "Always refused (409 change-needs-decision): a scope reduction is a certification decision.")
    @APIResponse(responseCode = "409", description = "A scope reduction is a decision")
    public Uni<CertificateView> reduceScope(@PathParam("id") UUID id) {
        throw ChangeDecisions.needsDecision("a scope reduction");
    }

    /** The certificate, if the caller may see it; another organisation's answers 404 like a missing one. */
    private Uni<CertificateView> visible(UUID id) {
        return certificates.get(id)
                .invoke(certificate -> {
                    if (!user.maySee(certificate.clientId())) {
                        throw new NotFoundProblem(CertificateQueries.notFound(id));
                    }
                });
    }
}
