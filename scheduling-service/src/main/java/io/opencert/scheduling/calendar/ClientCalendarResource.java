package io.opencert.scheduling.calendar;

import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.calendar.dto.ClientCalendarTokenView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

// Under /api/v1/calendars, which scheduling owns (/api/v1/clients is client-service's), so an ingress can route by
// prefix; the trailing /token segment keeps it apart from the feed at clients/{token}.ics.
@Path("/api/v1/calendars/clients/{clientId}/token")
@RolesAllowed({Roles.CLIENT, Roles.CB_STAFF, Roles.CB_ADMIN})
@Tag(name = "Calendar feeds", description = "iCalendar feeds that calendar apps subscribe to; the address is the secret")
public class ClientCalendarResource {
    private final ClientCalendarService calendars;
    private final CurrentUser currentUser;

    ClientCalendarResource(ClientCalendarService calendars, CurrentUser currentUser) {
        this.calendars = calendars;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "A new secret address of the client organisation's feed of upcoming audits, shown only now; "
            + "revokes any earlier one. For the organisation's own users and planning staff")
    public Uni<RestResponse<ClientCalendarTokenView>> issue(@PathParam("clientId") UUID clientId,
                                                            @Context UriInfo uri) {
        return calendars.issue(clientId, currentUser,
                        token -> CalendarFeedResource.clientFeedUri(uri.getBaseUriBuilder()).build(token))
                .map(view -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                        .header("Cache-Control", "no-store")
                        .build());
    }

    @DELETE
    @Operation(summary = "Revoke the address of the client organisation's calendar feed; it then answers 404")
    public Uni<Void> revoke(@PathParam("clientId") UUID clientId) {
        return calendars.revoke(clientId, currentUser);
    }
}
