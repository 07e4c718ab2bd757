package io.opencert.audit.coverage;

import io.opencert.audit.coverage.dto.ClauseCoverageView;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
// Under /api/v1/coverage, not /api/v1/programmes (scheduling-service's), so an ingress can route by prefix.
@Path("/api/v1/coverage/programmes/{programmeId}")
@Tag(name = "Clause coverage", description = "Which requirements of ISO/IEC 20000-1:2018 the audits of a certification "
        + "cycle have audited")
public class ClauseCoverageResource {
    private final ClauseCoverageService coverage;

    ClauseCoverageResource(ClauseCoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The clause coverage of an audit programme (one certification cycle)",
            description = "Per completed audit that assesses the implemented system (stage 2, surveillance, "
                    + "recertification, special, scope extension, cloud extension) the clauses of 4 to 10 it audited "
                    + "(answered CONFORMING or NONCONFORMING), per requirement the audits that audited it, and "
                    + "neverAudited: what the surveillance audits still have to sample before the recertification. "
                    + "For CB staff, auditors on the team of an audit of the programme and users of the audited "
                    + "organisation; 404 for anyone else and for a programme audit-service has no audit of.")
    public Uni<ClauseCoverageView> get(@PathParam("programmeId") UUID programmeId) {
        return coverage.ofProgramme(programmeId);
    }
}
