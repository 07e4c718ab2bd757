package io.opencert.certificate.lifecycle;

import io.opencert.certificate.certificate.dto.LifecycleRun;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/jobs/certificate-lifecycle")
@Tag(name = "Jobs", description = "Daily jobs, run on demand")
public class LifecycleJobResource {
    private final DailyLifecycle lifecycle;
    private final CurrentUser user;

    LifecycleJobResource(DailyLifecycle lifecycle, CurrentUser user) {
        this.lifecycle = lifecycle;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Expire and withdraw what is due today, now",
            description = "Same work as the daily job: certificates past their expiry date expire; suspended certificates "
                    + "past their suspendedUntil are withdrawn. A second run the same day changes nothing.")
    public Uni<LifecycleRun> run() {
        return lifecycle.expireAndWithdrawDue(user.username());
    }
}
