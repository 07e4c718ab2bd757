package io.opencert.audit.auditor;

import io.opencert.audit.audit.AuditRepository;
import io.opencert.audit.auditor.dto.Assignment;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mobile auditor's API: compact payloads for a phone or tablet in the field. */
// declared, not inferred: Quarkus REST decides on gzip from it before the body is serialised
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/auditor")
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Auditor (mobile)", description = "What an auditor needs in the field")
public class AuditorResource {
    private final AuditRepository audits;
    private final CurrentUser user;

    AuditorResource(AuditRepository audits, CurrentUser user) {
        this.audits = audits;
        this.user = user;
    }

    @GET
    @Path("assignments")
    @WithSession
    @Operation(summary = "My audits", description = "The audits whose team includes the caller, the latest first.")
    public Uni<Page<Assignment>> assignments(@Valid @BeanParam PageRequest page) {
        String username = user.username();
        return Page.of(audits.assignedTo(username), page, audit -> Assignment.of(audit, username));
    }
}
