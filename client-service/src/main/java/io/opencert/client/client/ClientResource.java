package io.opencert.client.client;

import io.opencert.client.client.dto.ClientRegistration;
import io.opencert.client.client.dto.ClientSummary;
import io.opencert.client.client.dto.ClientUpdate;
import io.opencert.client.client.dto.ClientView;
import io.opencert.client.client.dto.ContactsUpdate;
import io.opencert.client.concurrency.Preconditions;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.opencert.events.model.Standard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/clients")
@Tag(name = "Clients", description = "Organisations that apply for or hold certification")
public class ClientResource {
    private final ClientService clients;

    ClientResource(ClientService clients) {
        this.clients = clients;
    }

    @POST
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Register a client organisation (409 duplicate-registration for a known registration number)")
    public Uni<RestResponse<ClientView>> register(@Valid @NotNull ClientRegistration registration,
                                                  @Context UriInfo uri) {
        return clients.register(registration).map(client -> RestResponse.ResponseBuilder
                .<ClientView>created(uri.getAbsolutePathBuilder().path(client.id().toString()).build())
                .entity(client)
                .build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "A client with its standards, sites and its certificates here (number, standard, status, "
            + "expiry date, as certificate-service announced them); a client user sees only their own organisation")
    public Uni<RestResponse<ClientView>> get(@PathParam("id") UUID id) {
        return clients.get(id).map(ClientResource::withETag);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Change a client's editable fields; If-Match with the ETag of the GET is required "
            + "(428 without it, 409 client-changed when stale); a client user may change only city and persons "
            + "of their own organisation (403 naming other fields)")
    public Uni<RestResponse<ClientView>> update(@PathParam("id") UUID id,
                                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @NotNull ClientUpdate update) {
        return clients.update(id, ifMatch, update).map(ClientResource::withETag);
    }

    @PUT
    @Path("{id}/contacts")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Replace a client's contacts (a client user: their own organisation's); If-Match with the "
            + "client's ETag (428 without it, 409 client-changed when stale); announces ClientUpdated")
    public Uni<RestResponse<ClientView>> replaceContacts(@PathParam("id") UUID id,
                                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Valid @NotNull ContactsUpdate update) {
        return clients.replaceContacts(id, ifMatch, update).map(ClientResource::withETag);
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Clients in order of legal name, one page at a time, filtered by a part of the legal name or "
            + "registration number, by country and by a standard applied for")
    public Uni<Page<ClientSummary>> list(@QueryParam("name") String name, @QueryParam("country") String country,
                                         @QueryParam("standard") Standard standard,
                                         @Valid @BeanParam PageRequest page) {
        return clients.list(name, country, standard, page);
    }

    /** The client's version is its entity tag, for If-Match on an update. */
    private static RestResponse<ClientView> withETag(ClientView client) {
        return RestResponse.ResponseBuilder.ok(client)
                .header(HttpHeaders.ETAG, Preconditions.etag(client.version()))
                .build();
    }
}
