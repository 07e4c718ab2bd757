package io.opencert.audit.nonconformity;

import io.opencert.audit.nonconformity.dto.ResponseRemindersRun;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/admin/jobs/nonconformity-response-reminders")
@Tag(name = "Jobs", description = "Daily jobs, run on demand")
public class ResponseRemindersResource {
    private final ResponseReminders reminders;
    private final CurrentUser user;

    ResponseRemindersResource(ResponseReminders reminders, CurrentUser user) {
        this.reminders = reminders;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Remind clients of their answers to nonconformities now, as of the platform's today",
            description = "Same work as the daily job: the nonconformities of completed audits that still await the "
                    + "client's answer and are due within cb.audit.response-reminder-days are announced with "
                    + "NonconformityResponseDue, one event per audit, each nonconformity once per due date; "
                    + "notification-service mails the client's contacts.")
    public Uni<ResponseRemindersRun> run() {
        return reminders.run(user.username());
    }
}
