package io.opencert.audit.nonconformity;

import io.opencert.audit.nonconformity.dto.NonconformityDeadlinesRun;
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
@Path("/api/v1/admin/jobs/nonconformity-deadlines")
@Tag(name = "Jobs", description = "Daily jobs, run on demand")
public class NonconformityDeadlinesResource {
    private final NonconformityDeadlinesService deadlines;
    private final CurrentUser user;

    NonconformityDeadlinesResource(NonconformityDeadlinesService deadlines, CurrentUser user) {
        this.deadlines = deadlines;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Check the deadlines of major nonconformities now, as of the platform's today",
            description = "Same work as the daily job: each completed surveillance or recertification audit whose "
                    + "major nonconformities' deadline (last day on site + cb.audit.major-correction-days) has passed "
                    + "is checked once; one with a major nonconformity not verified by the deadline is reported with "
                    + "MajorNonconformityOverdue, on which certificate-service opens a suspension decision. A completed "
                    + "stage 2 whose major nonconformities were not all verified within 6 months of its last day is "
                    + "reported with Stage2RepetitionRequired: certificate-service refuses its certification decision "
                    + "and scheduling-service plans a repeated stage 2. An audit "
                    + "checked before is never reported again.")
    public Uni<NonconformityDeadlinesRun> run() {
        return deadlines.run(user.username());
    }
}
