package io.opencert.notification.notice;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.opencert.notification.notice.dto.DeliveryView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The mails the body sent, and what became of them; a client user sees "
        + "those to its own organisation")
public class NotificationResource {
    private final Deliveries deliveries;

    NotificationResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Mails, newest first", description = "Filtered by client, state, kind and recipient; a client "
            + "user always gets its own organisation's.")
    public Uni<Page<DeliveryView>> list(@QueryParam("clientId") UUID clientId, @QueryParam("state") DeliveryState state,
                                        @QueryParam("kind") NoticeKind kind,
                                        @QueryParam("recipient") @Email @Size(max = 320) String recipient,
                                        @Valid @BeanParam PageRequest page) {
        return deliveries.list(clientId, state, kind, recipient, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "One mail as written, and what became of it")
    public Uni<DeliveryView> get(@PathParam("id") UUID id) {
        return deliveries.get(id);
    }

    @POST
    @Path("{id}/send-again")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
    @Operation(summary = "Send an undeliverable mail again, from its first try")
    public Uni<DeliveryView> sendAgain(@PathParam("id") UUID id) {
        return deliveries.sendAgain(id);
    }
}
