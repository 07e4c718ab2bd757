package io.opencert.scheduling.technicalarea;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaRequest;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/technical-areas")
@Tag(name = "Technical areas", description = "The catalogue of technical areas auditors are qualified for and "
        + "clients' scopes cover, each with the IAF code of its sector")
public class TechnicalAreaResource {
    private final TechnicalAreaService areas;
    private final CurrentUser currentUser;

    TechnicalAreaResource(TechnicalAreaService areas, CurrentUser currentUser) {
        this.areas = areas;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF, Roles.AUDITOR})
    @Operation(summary = "The catalogue, retired areas included, by code")
    public Uni<Page<TechnicalAreaView>> list(@Valid @BeanParam PageRequest page) {
        return areas.list(page);
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Add a technical area to the catalogue")
    public Uni<RestResponse<TechnicalAreaView>> add(@Valid @NotNull TechnicalAreaRequest request) {
        return areas.add(request, currentUser.username())
                .map(view -> RestResponse.ResponseBuilder
                        .<TechnicalAreaView>created(UriBuilder.fromResource(TechnicalAreaResource.class)
                                .path("{code}").build(view.code()))
                        .entity(view)
                        .build());
    }

    @POST
    @Path("{code}/retirement")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Retire the area from today: no new qualification or scope names it; those that do keep it")
    public Uni<TechnicalAreaView> retire(@PathParam("code") String code) {
        return areas.retire(code, currentUser.username());
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Delete an area nobody names (one added by mistake); an area in use is retired instead")
    public Uni<Void> delete(@PathParam("code") String code) {
        return areas.delete(code, currentUser.username());
    }
}
