package io.opencert.audit.report;

import io.opencert.commons.ratelimit.Expensive;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/audits/{auditId}/report")
@Tag(name = "Audits", description = "Audits as the team executes them")
public class AuditReportResource {
    private final AuditReportService reports;
    private final PrintedReports printed;

    AuditReportResource(AuditReportService reports, PrintedReports printed) {
        this.reports = reports;
        this.printed = printed;
    }

    @GET
    @Produces(AuditReportPdf.MEDIA_TYPE)
    @Expensive
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The audit report as PDF: the audit, its outcome and every finding with its evidence",
            description = "For CB staff, the audit team and the audited organisation; 404 for anyone else. 503 "
                    + "document-took-too-long when it is not printed within the time limit.")
    public Uni<RestResponse<byte[]>> report(@PathParam("auditId") UUID auditId) {
        return reports.report(auditId)
                .flatMap(printed::pdf)
                .map(pdf -> RestResponse.ResponseBuilder.ok(pdf, AuditReportPdf.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"audit-report-" + auditId + ".pdf\"")
                        .build());
    }
}
