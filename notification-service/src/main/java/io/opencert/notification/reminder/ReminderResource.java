package io.opencert.notification.reminder;

import io.opencert.commons.security.Roles;
import io.opencert.notification.reminder.dto.ContactReminders;
import io.opencert.notification.reminder.dto.ReminderChoice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Reminders (expiry notices, nonconformity deadlines) a client's contacts may do without: staff and the client's own
 * users choose for each contact, and each reminder carries a link that stops them without a login, which mail clients
 * also offer as "unsubscribe" (RFC 8058: a POST to the same address).
 */
@Path("/api/v1/notifications")
@Tag(name = "Reminders", description = "Which of a client's contacts get reminders")
public class ReminderResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stopReminders(String email, String token, boolean stopped);
    }

    private final ReminderPreferences preferences;

    ReminderResource(ReminderPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Path("clients/{clientId}/reminders")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "The client's contacts, with whether each gets reminders")
    public Uni<List<ContactReminders>> ofClient(@PathParam("clientId") UUID clientId) {
        return preferences.ofContacts(clientId);
    }

    @PUT
    @Path("clients/{clientId}/reminders/{email}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Start or stop a contact's reminders")
    public Uni<ContactReminders> choose(@PathParam("clientId") UUID clientId,
                                        @PathParam("email") @Email @Size(max = 320) String email,
                                        @Valid @NotNull ReminderChoice choice) {
        return preferences.choose(clientId, email, choice.wanted());
    }

    @GET
    @Path("reminders/{token}")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The page behind the link in a reminder: stop reminders (HTML, no login)")
    public Uni<String> stopPage(@PathParam("token") @Size(max = 64) String token) {
        return preferences.byToken(token).map(preference -> Templates.stopReminders(preference.email(), token,
                !preference.wantsReminders()).render());
    }

    @POST
    @Path("reminders/{token}")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "Stop the reminders of the link's contact (the page's button, or a mail client's one-click "
            + "unsubscribe); no login")
    public Uni<String> stop(@PathParam("token") @Size(max = 64) String token) {
        return preferences.optOut(token).map(preference -> Templates.stopReminders(preference.email(), token, true)
                .render());
    }
}
