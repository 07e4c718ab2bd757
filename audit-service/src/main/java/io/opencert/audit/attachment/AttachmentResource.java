package io.opencert.audit.attachment;

import io.opencert.commons.http.ContentDisposition;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/audits/{auditId}/attachments")
@Tag(name = "Findings", description = "What the audit team found, clause by clause")
public class AttachmentResource {
    private final AttachmentService attachments;

    AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GET
    @Path("{attachmentId}")
    // one binary type picks the byte writer; the response carries the attachment's own media type
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "Download a photo or PDF attached to a finding",
            description = "For CB staff, the audit team and the audited organisation; 404 for anyone else. Photos are "
                    + "shown, anything else is saved; never sniffed for another type, never run as a page.")
    public Uni<RestResponse<byte[]>> download(@PathParam("auditId") UUID auditId,
                                              @PathParam("attachmentId") UUID attachmentId) {
        return attachments.file(auditId, attachmentId).map(file -> RestResponse.ResponseBuilder
                .ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.mediaType().startsWith("image/")
                        ? ContentDisposition.inline(file.fileName()) : ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build());
    }
}
