package io.opencert.audit.auditor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.audit.Sha256;
import io.opencert.audit.attachment.AttachmentService;
import io.opencert.audit.attachment.dto.AttachmentView;
import io.opencert.audit.audit.AuditRepository;
import io.opencert.audit.auditor.dto.Assignment;
import io.opencert.audit.auditor.dto.AuditBundle;
import io.opencert.audit.auditor.dto.SyncBatch;
import io.opencert.audit.auditor.dto.SyncResult;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.ratelimit.Expensive;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Arrays;
import java.util.UUID;

/**
 * The mobile auditor's API: compact payloads for a phone or tablet in the field, often offline. Tokens outlive an
 * auditor's departure from the body: every endpoint refuses them from the day they leave.
 */
// declared, not inferred: Quarkus REST decides on gzip from it before the body is serialised
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/auditor")
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Auditor (mobile)", description = "What an auditor needs in the field; from the day they leave the "
        + "certification body every operation refuses them (403 former-auditor)")
public class AuditorResource {
    private final AuditRepository audits;
    private final OfflineWorkService offlineWork;
    private final AttachmentService attachments;
    private final CurrentUser user;
    private final ObjectMapper json;

    AuditorResource(AuditRepository audits, OfflineWorkService offlineWork, AttachmentService attachments,
                    CurrentUser user, ObjectMapper json) {
        this.audits = audits;
        this.offlineWork = offlineWork;
        this.attachments = attachments;
        this.user = user;
        this.json = json;
    }

    @GET
    @Path("assignments")
    @WithSession
    @Operation(summary = "My audits", description = "The audits whose team includes the caller, the latest first.")
    public Uni<Page<Assignment>> assignments(@Valid @BeanParam PageRequest page) {
        String username = user.username();
        return Page.of(audits.assignedTo(username), page, audit -> Assignment.of(audit, username));
    }

    @GET
    @Path("audits/{auditId}/bundle")
    @Expensive
    @Operation(summary = "Download an audit for offline work",
            description = "The audit, its checklist, findings with attachments (without their bytes) and the findings "
                    + "of the client's previous audit and of the earlier ones its checklist follows up, for members of "
                    + "its team (404 for anyone else). The ETag is a hash of the content: with If-None-Match naming it "
                    + "the answer is 304 without a body.")
    @APIResponse(responseCode = "200", description = "The bundle, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditBundle.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match")
    public Uni<RestResponse<byte[]>> bundle(@PathParam("auditId") UUID auditId,
                                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return offlineWork.bundle(auditId).map(bundle -> {
            byte[] body = write(bundle);
            String etag = '"' + Sha256.hex(body) + '"';
            if (matches(ifNoneMatch, etag)) {
                return RestResponse.ResponseBuilder.<byte[]>notModified().header(HttpHeaders.ETAG, etag).build();
            }
            return RestResponse.ResponseBuilder.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).build();
        });
    }

    @POST
    @Path("audits/{auditId}/sync")
    @Operation(summary = "Upload what was captured offline: checklist answers and findings, in one batch",
            description = "Idempotent by batchId: a replay answers as the first time and changes nothing (the same "
                    + "batchId with other content: 409 sync-batch-id-reused). Each item carries the version of the "
                    + "auditor's copy; one changed on the server since comes back as CONFLICT with both versions and "
                    + "is not applied. A batch with a bad item is rejected whole (400 naming each bad item). Members of "
                    + "the audit team only (404), while the audit is open (409 audit-not-open); a batch with findings "
                    + "from a technical expert is refused whole (403 auditors-only).")
    public Uni<SyncResult> sync(@PathParam("auditId") UUID auditId, @Valid @NotNull SyncBatch batch) {
        return offlineWork.sync(auditId, batch);
    }

    @PUT
    @Path("audits/{auditId}/findings/{findingId}/attachments/{attachmentId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo or PDF to a finding under an id the phone chose",
            description = "The body is the file, Content-Type image/jpeg, image/png or application/pdf (415 otherwise), "
                    + "at most cb.attachments.max-bytes (413). 201 when stored, 200 when this id holds the same content "
                    + "already (a retry), 409 attachment-id-taken when it holds other content.")
    public Uni<RestResponse<AttachmentView>> attach(@PathParam("auditId") UUID auditId,
                                                    @PathParam("findingId") UUID findingId,
                                                    @PathParam("attachmentId") UUID attachmentId,
                                                    @QueryParam("fileName") String fileName,
                                                    @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                                    byte[] content, UriInfo uri) {
        return attachments.upload(auditId, findingId, attachmentId, fileName, contentType, content == null ? new byte[0] : content)
                .map(uploaded -> uploaded.created()
                        ? RestResponse.ResponseBuilder.<AttachmentView>created(uri.getBaseUriBuilder()
                                .path("api/v1/audits/{auditId}/attachments/{attachmentId}").build(auditId, attachmentId))
                        .entity(uploaded.attachment()).build()
                        : RestResponse.ok(uploaded.attachment()));
    }

    /** If-None-Match: * or a list of entity tags, compared weakly (RFC 9110 13.1.2). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bundle as JSON", e);
        }
    }
}
