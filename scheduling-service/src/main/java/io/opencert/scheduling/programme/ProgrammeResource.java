package io.opencert.scheduling.programme;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeSummary;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.opencert.scheduling.programme.dto.RescheduleRequest;
import io.opencert.scheduling.programme.dto.ScopeExtensionRequest;
import io.opencert.scheduling.programme.dto.SpecialAuditRequest;
import io.opencert.scheduling.programme.dto.TeamProposal;
import io.opencert.scheduling.web.QueryParameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.opencert.commons.problem.InvalidInput;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/programmes")
@Tag(name = "Audit programmes",
        description = "Each client's certification cycle: which audits are due when, and who audits them")
public class ProgrammeResource {
    private final ProgrammeService programmes;
    private final ScopeExtensions scopeExtensions;
    private final SpecialAudits specialAudits;
    private final CurrentUser currentUser;

    ProgrammeResource(ProgrammeService programmes, ScopeExtensions scopeExtensions, SpecialAudits specialAudits,
                      CurrentUser currentUser) {
        this.programmes = programmes;
        this.scopeExtensions = scopeExtensions;
        this.specialAudits = specialAudits;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "Audit programmes, newest first; a client user sees only their organisation's")
    public Uni<Page<ProgrammeSummary>> list(@QueryParam("clientId") UUID clientId, @Valid @BeanParam PageRequest page) {
        if (!currentUser.isClientUser()) {
            return programmes.list(clientId, page);
        }
        UUID own = currentUser.clientId().orElse(null);
        if (own == null || (clientId != null && !clientId.equals(own))) {
            return Uni.createFrom().item(new Page<>(page.page(), page.size(), 0, List.of()));
        }
        return programmes.list(own, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN, Roles.CLIENT})
    @Operation(summary = "An audit programme with its planned audits; the ETag is its version")
    public Uni<RestResponse<ProgrammeView>> find(@PathParam("id") UUID id) {
        return programmes.find(id)
                .invoke(programme -> currentUser.requireAccessTo(programme.clientId(), "Audit programme " + id))
                .map(programme -> currentUser.isClientUser() ? programme.forClientUser() : programme)
                .map(programme -> RestResponse.ResponseBuilder.ok(programme)
                        .tag(new EntityTag(String.valueOf(programme.version())))
                        .build());
    }

    @POST
    @Path("{programmeId}/scope-extensions")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Plan the audit a scope extension needs: the whole extended scope, every site (certified ones "
            + "by siteId, added ones too), audit days, reason and due window (dueFrom, today when left out, to dueBy); "
            + "a SCOPE_EXTENSION audit in the programme, booked like any audit. 409 programme-not-certified, "
            + "programme-ended, certificate-suspended, scope-extension-pending, extension-drops-site, "
            + "nothing-to-extend, extension-due-after-recertification")
    public Uni<RestResponse<PlannedAuditView>> planScopeExtension(@PathParam("programmeId") UUID programmeId,
                                                                  @Valid @NotNull ScopeExtensionRequest request) {
        return scopeExtensions.plan(programmeId, request, currentUser.username())
                .map(planned -> RestResponse.status(RestResponse.Status.CREATED, planned));
    }

    @POST
    @Path("{programmeId}/special-audits")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Plan an audit besides the programme's: kind SHORT_NOTICE (a SPECIAL audit of a certified or "
            + "suspended client), EXTRA_SURVEILLANCE (a SURVEILLANCE that replaces no yearly one), REPEATED_STAGE_1, "
            + "REPEATED_STAGE_2, PRE_ASSESSMENT or SYSTEM_AND_RISK_REVIEW (before stage 1 only, never stage 1), with "
            + "audit days, reason and due window (dueFrom, today when left out, to dueBy); booked like any audit. 409 "
            + "programme-not-certified, programme-ended, certificate-suspended, "
            + "special-audit-due-after-recertification, not-an-initial-certification, stage-1-not-completed, "
            + "stage-1-still-due, stage-2-already-held, stage-2-not-held, stage-2-still-due, "
            + "stage-1-already-completed, pre-assessment-already-planned")
    public Uni<RestResponse<PlannedAuditView>> planSpecialAudit(@PathParam("programmeId") UUID programmeId,
                                                                @Valid @NotNull SpecialAuditRequest request) {
        return specialAudits.plan(programmeId, request, currentUser.username())
                .map(planned -> RestResponse.status(RestResponse.Status.CREATED, planned));
    }

    @POST
    @Path("{programmeId}/audits/{auditId}/booking")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Book a planned audit: dates and a team checked against the auditor register, "
            + "impartiality exclusions, the auditors' other bookings and their unavailability; from today on (409 "
            + "audit-date-passed); the missed surveillance a certificate is suspended for (liftsSuspension) up to "
            + "suspendedUntil only (409 suspension-ends-before-audit); stage 2 after a stage 1 that found the client "
            + "ready, within 6 months of it (409 stage-1-not-completed, client-not-ready-for-stage-2, "
            + "stage-1-too-long-ago); a recertification not before its window (409 recertification-too-early); inside "
            + "the due window and leaving each calendar year of the cycle a surveillance unless a deviation says why "
            + "(409 outside-due-window, calendar-year-without-surveillance); the sample of sites from the programme's "
            + "rotation, or the sites staff choose with a sampleJustification (409 audit-not-sampled, "
            + "site-not-covered, sample-too-small); with If-Match only on that programme version")
    public Uni<PlannedAuditView> book(@PathParam("programmeId") UUID programmeId, @PathParam("auditId") UUID auditId,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid @NotNull BookingRequest booking) {
        return programmes.book(programmeId, auditId, booking, versionIn(ifMatch), currentUser.username());
    }

    @PUT
    @Path("{programmeId}/audits/{auditId}/booking")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Reschedule a booked audit: new dates and/or team, checked by the same rules as a booking; "
            + "announces AuditRescheduled. With If-Match only on that programme version")
    public Uni<PlannedAuditView> reschedule(@PathParam("programmeId") UUID programmeId,
                                            @PathParam("auditId") UUID auditId,
                                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Valid @NotNull RescheduleRequest change) {
        return programmes.reschedule(programmeId, auditId, change, versionIn(ifMatch), currentUser.username());
    }

    @DELETE
    @Path("{programmeId}/audits/{auditId}/booking")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "Cancel the booking of an audit: it is due again in its window without dates or team; "
            + "announces AuditCancelled. Reason CLIENT_REQUEST or STAFF_DECISION (default)")
    public Uni<PlannedAuditView> cancelBooking(@PathParam("programmeId") UUID programmeId,
                                               @PathParam("auditId") UUID auditId,
                                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @QueryParam("reason") @DefaultValue("STAFF_DECISION")
                                               String reasonParameter) {
        CancellationReason reason = QueryParameter.parse("reason", reasonParameter, CancellationReason::valueOf,
                "CLIENT_REQUEST or STAFF_DECISION");
        if (!reason.isPlannersChoice()) {
            throw new InvalidInput("reason", "must be CLIENT_REQUEST or STAFF_DECISION");
        }
        return programmes.cancelBooking(programmeId, auditId, reason, versionIn(ifMatch), currentUser.username());
    }

    @GET
    @Path("{programmeId}/audits/{auditId}/suggestion")
    @RolesAllowed(Roles.CB_STAFF)
    @Operation(summary = "The earliest dates inside the due window (up to suspendedUntil for the surveillance lifting "
            + "a suspension), from today, on which a team the booking rules "
            + "accept is free, with the least busy people; post it as the booking to take it. 409 no-team-available "
            + "when nobody is; for stage 2, 409 stage-1-not-completed or client-not-ready-for-stage-2 as a booking")
    public Uni<TeamProposal> suggest(@PathParam("programmeId") UUID programmeId, @PathParam("auditId") UUID auditId) {
        return programmes.suggest(programmeId, auditId);
    }

    /** {@code "3"} or {@code W/"3"} -> 3; none or {@code *} -> no condition. */
    private static String versionIn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    }
}
