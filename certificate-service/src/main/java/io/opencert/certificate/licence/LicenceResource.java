package io.opencert.certificate.licence;

import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.licence.dto.LicenceView;
import io.opencert.certificate.register.CertificatePdf;
import io.opencert.certificate.register.CertificationBody;
import io.opencert.certificate.register.CurrentStatus;
import io.opencert.certificate.register.LicencePdf;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/licences")
@Tag(name = "Licences", description = "Certificate issuance and right to use licences; a client user sees only its own")
public class LicenceResource {
    private final LicenceService licences;
    private final CertificateQueries certificates;
    private final CurrentUser user;
    private final LicencePdf pdf;
    private final PdfRendering rendering;

    LicenceResource(LicenceService licences, CertificateQueries certificates, CurrentUser user,
                    CertificationBody certificationBody, PdfRendering rendering) {
        this.licences = licences;
        this.certificates = certificates;
        this.user = user;
        this.pdf = new LicencePdf(certificationBody);
        this.rendering = rendering;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "Licences, newest first, with their terms", description = "A client user always gets its own organisation's.")
    public Uni<Page<LicenceView>> list(@QueryParam("clientId") UUID clientId, @Valid @BeanParam PageRequest page) {
        if (!user.isClientUser()) {
            return licences.list(clientId, page);
        }
        return user.clientId()
                .map(own -> licences.list(own, page))
                .orElseGet(() -> Uni.createFrom().item(new Page<>(page.page(), page.size(), 0, List.of())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Operation(summary = "One licence with its terms")
    public Uni<LicenceView> get(@PathParam("id") UUID id) {
        return licences.get(id).invoke(licence -> {
            if (!user.maySee(licence.clientId())) {
                throw new NotFoundProblem(LicenceService.notFound(id));
            }
        });
    }

    @GET
    @Path("{id}/pdf")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.DECISION_MAKER, Roles.CLIENT})
    @Produces(CertificatePdf.MEDIA_TYPE)
    @Expensive
    @Operation(summary = "The licence with its terms as PDF")
    public Uni<RestResponse<byte[]>> pdf(@PathParam("id") UUID id) {
        return get(id).flatMap(licence -> certificates.get(licence.certificateId())
                        .flatMap(certificate -> rendering.render(() -> pdf.render(licence, CurrentStatus.of(certificate),
                                certificate.holderName(), certificate.standardTitle()))))
                .map(document -> RestResponse.ResponseBuilder.ok(document, CertificatePdf.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"licence-" + id + ".pdf\"")
                        .build());
    }
}
