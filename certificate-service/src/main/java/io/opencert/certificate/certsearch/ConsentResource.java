package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.ConsentRequest;
import io.opencert.certificate.certsearch.dto.ConsentView;
import io.opencert.certificate.certsearch.dto.ConsentView.RecordedAs;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/certsearch/consents/{clientId}")
@Tag(name = "IAF CertSearch", description = "Publication of certificates in IAF CertSearch, for holders who consent")
public class ConsentResource {
    private final ConsentService consents;
    private final CurrentUser user;

    ConsentResource(ConsentService consents, CurrentUser user) {
        this.consents = consents;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "The holder's consent to publication in IAF CertSearch, with every change",
            description = "A client user sees its own organisation's only (another's: 404).")
    public Uni<ConsentView> get(@PathParam("clientId") UUID clientId) {
        user.requireAccessTo(clientId, "Client " + clientId);
        return consents.consentOf(clientId);
    }

    @PUT
    @RolesAllowed({Roles.CB_STAFF, Roles.CLIENT})
    @Operation(summary = "Give or withdraw the holder's consent to publication in IAF CertSearch",
            description = "By the holder's own user (another organisation's: 404), or by staff on its behalf. A "
                    + "change is recorded with who and when; a request that changes nothing records nothing. Once "
                    + "withdrawn, the holder's certificates leave the export: the next export of changes carries "
                    + "them once with status Deleted.")
    public Uni<ConsentView> put(@PathParam("clientId") UUID clientId, @Valid @NotNull ConsentRequest request) {
        user.requireAccessTo(clientId, "Client " + clientId);
        RecordedAs as = user.isClientUser() ? RecordedAs.HOLDER : RecordedAs.CERTIFICATION_BODY;
        return consents.record(clientId, request.consented(), request.note(), user.username(), as);
    }
}
