package io.opencert.audit.checklist;

import io.opencert.audit.checklist.dto.AnswerRequest;
import io.opencert.audit.checklist.dto.ChecklistItemView;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1/audits/{auditId}/checklist")
@Tag(name = "Checklist", description = "The clauses the audit team works through, generated from the audit's type and standards, "
        + "and the findings of the client's previous audits that a surveillance, recertification or repeated stage 2 follows up")
public class ChecklistResource {
    private final ChecklistService checklists;

    ChecklistResource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.AUDITOR, Roles.CLIENT})
    @Operation(summary = "The audit's checklist in working order",
            description = "For CB staff, auditors on its team and users of the audited organisation; 404 for anyone else.")
    public Uni<List<ChecklistItemView>> list(@PathParam("auditId") UUID auditId) {
        return checklists.list(auditId);
    }

    @PUT
    @Path("{itemId}")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Answer a checklist item",
            description = "Members of the audit team only (404 for anyone else), while the audit is open (409 after). "
                    + "A null answer withdraws an earlier one; a version other than the item's is a conflict (409).")
    public Uni<ChecklistItemView> answer(@PathParam("auditId") UUID auditId, @PathParam("itemId") UUID itemId,
                                         @Valid @NotNull AnswerRequest request) {
        return checklists.answer(auditId, itemId, request);
    }
}
