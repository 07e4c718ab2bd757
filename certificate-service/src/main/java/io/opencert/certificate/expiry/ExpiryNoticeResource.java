package io.opencert.certificate.expiry;

import io.opencert.certificate.expiry.dto.ExpiryNoticeRun;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/jobs/expiry-notices")
@Tag(name = "Jobs", description = "Daily jobs, run on demand")
public class ExpiryNoticeResource {
    private final ExpiryNoticeService notices;
    private final CurrentUser user;

    ExpiryNoticeResource(ExpiryNoticeService notices, CurrentUser user) {
        this.notices = notices;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Send the expiry notices due today now", description = "Same work as the daily job; a notice already sent is never sent again.")
    public Uni<ExpiryNoticeRun> run() {
        return notices.sendDueNotices(user.username());
    }
}
