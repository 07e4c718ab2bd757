package io.opencert.scheduling.watch;

import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.watch.dto.DateWatchRun;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/jobs/date-watch")
@Tag(name = "Jobs", description = "Daily jobs, run on demand")
public class DateWatchResource {
    private final DateWatchService watch;
    private final CurrentUser user;

    DateWatchResource(DateWatchService watch, CurrentUser user) {
        this.watch = watch;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Watch the due dates now, as of the platform's today",
            description = "Same work as the daily job: reminders for audits whose window closes without a booking, "
                    + "SurveillanceOverdue for surveillance audits not completed by their due date. An audit already "
                    + "reminded of or reported is never reported again.")
    public Uni<DateWatchRun> run() {
        return watch.run(user.username());
    }
}
