package io.opencert.certificate.certificate;

import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.ReissueRequest;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.certificate.dto.ScopeReductionRequest;
import io.opencert.certificate.certificate.dto.StatusChangeRequest;
import io.opencert.certificate.certificate.dto.SuspensionRequest;
import io.opencert.certificate.register.CertificatePdf;
import io.opencert.certificate.register.VerificationLinks;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Issued certificates; a client user sees only its own organisation's")
public class CertificateResource {
    private final CertificateService certificates;
    private final CurrentUser user;
    private final VerificationLinks links;
    private final CertificatePdf pdf;

    CertificateResource(CertificateService certificates, CurrentUser user, VerificationLinks links,
                        @ConfigProperty(name = "cb.certification-body.name") String certificationBody) {
        this.certificates = certificates;
        this.user = user;
        this.links = links;
        this.pdf = new CertificatePdf(certificationBody);
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
                .orElseGet(() -> Uni.createFrom().item(new Page<>(page.page, page.size, 0, List.of())));
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
    @Operation(summary = "The current revision of the certificate as PDF, with a QR code to its verification page")
    public Uni<RestResponse<byte[]>> pdf(@PathParam("id") UUID id) {
        return visible(id).flatMap(certificate -> revisionPdf(id, certificate.revision()));
    }

    @GET
    @Path("{id}/revisions/{revision}/pdf")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Produces(CertificatePdf.MEDIA_TYPE)
    @Operation(summary = "One revision of the certificate as PDF, also one that a later revision superseded")
    public Uni<RestResponse<byte[]>> revisionPdf(@PathParam("id") UUID id, @PathParam("revision") int revision) {
        return visible(id).flatMap(ignored -> certificates.revision(id, revision))
                // rendering is CPU work: off the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> RestResponse.ResponseBuilder.ok(pdf.render(found, links.pageOf(found.number())),
                                CertificatePdf.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + found.number() + "-rev"
                                + found.revision() + ".pdf\"")
                        .build());
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Suspend the certificate",
            description = "For at most 6 months (suspendedUntil); then it is reinstated or, by the daily job, withdrawn. "
                    + "Refused (409) unless the certificate is active and within its validity (suspend-only-active, certificate-expired).")
    @APIResponse(responseCode = "200", description = "Suspended; CertificateSuspended is on its way")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the transition; the problem type names the rule")
    public Uni<CertificateView> suspend(@PathParam("id") UUID id, @Valid @NotNull SuspensionRequest request) {
        return certificates.suspend(id, request.reason(), request.note(), user.username());
    }

    @POST
    @Path("{id}/reinstatement")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Reinstate a suspended certificate",
            description = "Refused (409) unless the certificate is suspended and within its validity (reinstate-only-suspended, certificate-expired).")
    @APIResponse(responseCode = "200", description = "Active again; CertificateReinstated is on its way")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the transition; the problem type names the rule")
    public Uni<CertificateView> reinstate(@PathParam("id") UUID id, @Valid @NotNull StatusChangeRequest request) {
        return certificates.reinstate(id, request.note(), user.username());
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Withdraw the certificate",
            description = "Refused (409) unless the certificate is active or suspended (withdraw-only-active-or-suspended).")
    @APIResponse(responseCode = "200", description = "Withdrawn; CertificateWithdrawn is on its way")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the transition; the problem type names the rule")
    public Uni<CertificateView> withdraw(@PathParam("id") UUID id, @Valid @NotNull StatusChangeRequest request) {
        return certificates.withdraw(id, request.note(), user.username());
    }

    @POST
    @Path("{id}/reissue")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Reissue with a changed scope, holder name or sites",
            description = "A new revision, issued today, supersedes the previous one (CertificateRevised); number, "
                    + "validity and cycle stay. Sites, when given, replace the certificate's, each with its own scope or "
                    + "the certificate's. "
                    + "Refused (409) unless the certificate is active and within its validity (reissue-only-active).")
    @APIResponse(responseCode = "200", description = "Reissued as a new revision")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the reissue; the problem type names the rule")
    public Uni<CertificateView> reissue(@PathParam("id") UUID id, @Valid @NotNull ReissueRequest request) {
        return certificates.reissue(id, RevisionReason.valueOf(request.reason().name()), request.holderName(),
                request.scope(), ReissueRequest.sites(request.sites()), request.note(), user.username());
    }

    @POST
    @Path("{id}/scope-reduction")
    @RolesAllowed({Roles.CB_STAFF, Roles.DECISION_MAKER})
    @Operation(summary = "Reduce the scope (and sites) to what still meets the requirements",
            description = "A new revision (CertificateRevised), sites each with its own scope or the certificate's; "
                    + "a suspended certificate becomes active again with the reduced scope "
                    + "(CertificateReinstated). Refused (409) unless active or suspended and within validity "
                    + "(reduce-scope-only-active-or-suspended, certificate-expired).")
    @APIResponse(responseCode = "200", description = "Scope reduced as a new revision")
    @APIResponse(responseCode = "409", description = "The lifecycle forbids the reduction; the problem type names the rule")
    public Uni<CertificateView> reduceScope(@PathParam("id") UUID id, @Valid @NotNull ScopeReductionRequest request) {
        return certificates.reduceScope(id, request.scope(), ReissueRequest.sites(request.sites()), request.note(),
                user.username());
    }

    /** The certificate, if the caller may see it; another organisation's answers 404 like a missing one. */
    private Uni<CertificateView> visible(UUID id) {
        return certificates.get(id)
                .invoke(certificate -> {
                    if (!user.maySee(certificate.clientId())) {
                        throw new NotFoundProblem(CertificateService.notFound(id));
                    }
                });
    }
}
