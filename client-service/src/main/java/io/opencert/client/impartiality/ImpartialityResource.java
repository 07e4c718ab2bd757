package io.opencert.client.impartiality;

import io.opencert.client.impartiality.dto.ConsultancyEntry;
import io.opencert.client.impartiality.dto.ConsultancyView;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/impartiality/consultancies")
@Tag(name = "Impartiality", description = "Register of consultancy relationships of the certification body and its "
        + "auditors with clients")
public class ImpartialityResource {
    private final ImpartialityService impartiality;

    ImpartialityResource(ImpartialityService impartiality) {
        this.impartiality = impartiality;
    }

    @POST
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Enter a consultancy relationship: the certification body's (no quotation of this client can "
            + "be accepted for 2 years after it) or an auditor's (kept off the client's audits for 2 years)")
    public Uni<RestResponse<ConsultancyView>> enter(@Valid @NotNull ConsultancyEntry entry) {
        return impartiality.enter(entry).map(entered -> RestResponse.status(RestResponse.Status.CREATED, entered));
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "The register, newest first, of one client or of all")
    public Uni<Page<ConsultancyView>> register(@QueryParam("clientId") UUID clientId,
                                               @Valid @BeanParam PageRequest page) {
        return impartiality.register(clientId, page);
    }
}
