package io.opencert.certificate.certificate;

import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.StatusChangeRequest;
import io.opencert.certificate.certificate.dto.SuspensionRequest;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Issued certificates; a client user sees only its own organisation's")
public class CertificateResource {
    private final CertificateService certificates;
    private final CurrentUser user;

    CertificateResource(CertificateService certificates, CurrentUser user) {
        this.certificates = certificates;
        this.user = user;
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
        return certificates.get(id)
                .invoke(certificate -> {
                    if (!user.maySee(certificate.clientId())) {
                        throw new NotFoundProblem(CertificateService.notFound(id));
                    }
                });
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
}
