package io.opencert.scheduling.auditor;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.auditor.dto.AuditorDepartureRequest;
import io.opencert.scheduling.auditor.dto.AuditorRegistration;
import io.opencert.scheduling.auditor.dto.AuditorView;
import io.opencert.scheduling.auditor.dto.CalendarTokenView;
import io.opencert.scheduling.auditor.dto.CompetenceView;
import io.opencert.scheduling.auditor.dto.DevelopmentRequest;
import io.opencert.scheduling.auditor.dto.QualificationRequest;
import io.opencert.scheduling.auditor.dto.QualificationWithdrawal;
import io.opencert.scheduling.auditor.dto.WitnessAuditRequest;
import io.opencert.scheduling.auditor.dto.UnavailabilityRequest;
import io.opencert.scheduling.auditor.dto.UnavailabilityView;
import io.opencert.scheduling.calendar.CalendarFeedResource;
import io.opencert.scheduling.calendar.CalendarService;
import io.opencert.scheduling.planning.AuditorDeparture;
import io.opencert.scheduling.planning.PlanningService;
import io.opencert.scheduling.programme.BookedAudit;
import io.opencert.scheduling.web.QueryParameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/auditors")
@Tag(name = "Auditor register", description = "The people the certification body may put on audit teams")
public class AuditorResource {
    private final AuditorService auditors;
    private final CompetenceService competence;
    private final AvailabilityService availability;
    private final CalendarService calendars;
    private final PlanningService planning;
    private final AuditorDeparture departures;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditorResource(AuditorService auditors, CompetenceService competence, AvailabilityService availability,
                    CalendarService calendars, PlanningService planning, AuditorDeparture departures,
                    CurrentUser currentUser, Clock clock) {
        this.auditors = auditors;
        this.competence = competence;
        this.availability = availability;
        this.calendars = calendars;
        this.planning = planning;
        this.departures = departures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Register an auditor with the standards they are qualified for")
    public Uni<RestResponse<AuditorView>> register(@Valid @NotNull AuditorRegistration registration) {
        return auditors.register(registration, currentUser.username())
                .map(view -> RestResponse.ResponseBuilder
                        .<AuditorView>created(UriBuilder.fromResource(AuditorResource.class).path("{id}")
                                .build(view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "The auditor register, by username")
    public Uni<Page<AuditorView>> list(@Valid @BeanParam PageRequest page) {
        return auditors.list(page);
    }

    @GET
    @Path("me/bookings")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The audits the calling auditor is on the team of, ending on or after {from} (default "
            + "today), by start date")
    public Uni<List<BookedAudit>> ownBookings(@QueryParam("from") String from) {
        LocalDate first = QueryParameter.parse("from", from, LocalDate::parse, "a date as yyyy-MM-dd");
        return planning.bookingsOf(currentUser.username(), first != null ? first : LocalDate.now(clock));
    }

    @GET
    @Path("me/competence")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "The calling auditor's competence record: qualifications flagged when they expire within "
            + "90 days or have lapsed, witness audits, professional development")
    public Uni<CompetenceView> ownCompetence() {
        return competence.own(currentUser.username());
    }

    @GET
    @Path("{id}/competence")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF, Roles.AUDITOR})
    @Operation(summary = "An auditor's competence record; for the auditor themself, the administrator and planning staff")
    public Uni<CompetenceView> competence(@PathParam("id") UUID id) {
        return competence.find(id, currentUser);
    }

    @POST
    @Path("{id}/qualifications")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Grant a qualification for a standard, a role and technical areas of the catalogue, with "
            + "its evidence and validity")
    public Uni<RestResponse<CompetenceView>> grant(@PathParam("id") UUID id,
                                                   @Valid @NotNull QualificationRequest request) {
        return competence.grant(id, request, currentUser.username()).map(AuditorResource::created);
    }

    @POST
    @Path("{id}/qualifications/{qualificationId}/withdrawal")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Withdraw a qualification from a day on (e.g. after an unsatisfactory witness audit); "
            + "booked audits whose team then lacks it show on the planning board's competence lapses")
    public Uni<CompetenceView> withdraw(@PathParam("id") UUID id, @PathParam("qualificationId") UUID qualificationId,
                                        @Valid @NotNull QualificationWithdrawal withdrawal) {
        return competence.withdraw(id, qualificationId, withdrawal, currentUser.username());
    }

    @POST
    @Path("{id}/witness-audits")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Record an audit on which an evaluator witnessed the auditor, with the evaluation")
    public Uni<RestResponse<CompetenceView>> recordWitnessAudit(@PathParam("id") UUID id,
                                                                @Valid @NotNull WitnessAuditRequest request) {
        return competence.recordWitnessAudit(id, request, currentUser.username()).map(AuditorResource::created);
    }

    @POST
    @Path("{id}/development")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Record continuing professional development the auditor completed")
    public Uni<RestResponse<CompetenceView>> recordDevelopment(@PathParam("id") UUID id,
                                                               @Valid @NotNull DevelopmentRequest request) {
        return competence.recordDevelopment(id, request, currentUser.username()).map(AuditorResource::created);
    }

    /** The competence record with what was just added to it. */
    private static RestResponse<CompetenceView> created(CompetenceView view) {
        return RestResponse.status(RestResponse.Status.CREATED, view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "One auditor of the register")
    public Uni<AuditorView> find(@PathParam("id") UUID id) {
        return auditors.find(id);
    }

    @POST
    @Path("{id}/departure")
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "The auditor leaves the certification body on {leftOn}",
            description = "Refused while they are on the team of an audit ending on or after that day. From that day "
                    + "no team takes them and their calendar feed no longer answers; their past audits keep them.")
    public Uni<AuditorView> leave(@PathParam("id") UUID id, @Valid @NotNull AuditorDepartureRequest departure) {
        return departures.leave(id, departure, currentUser.username());
    }

    @POST
    @Path("{id}/unavailability")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF, Roles.AUDITOR})
    @Operation(summary = "Days, both inclusive, the auditor cannot audit (leave, other work, training); "
            + "kept by planning staff, the administrator or the auditor themself")
    public Uni<RestResponse<UnavailabilityView>> addUnavailability(@PathParam("id") UUID id,
                                                                   @Valid @NotNull UnavailabilityRequest request) {
        return availability.add(id, request, currentUser)
                .map(view -> RestResponse.ResponseBuilder
                        .<UnavailabilityView>created(UriBuilder.fromResource(AuditorResource.class)
                                .path("{id}/unavailability/{uid}").build(id, view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @Path("{id}/unavailability")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF, Roles.AUDITOR})
    @Operation(summary = "The auditor's unavailability, by first day")
    public Uni<Page<UnavailabilityView>> listUnavailability(@PathParam("id") UUID id,
                                                            @Valid @BeanParam PageRequest page) {
        return availability.list(id, page, currentUser);
    }

    @DELETE
    @Path("{id}/unavailability/{uid}")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF, Roles.AUDITOR})
    @Operation(summary = "The auditor is available again on those days")
    public Uni<Void> deleteUnavailability(@PathParam("id") UUID id, @PathParam("uid") UUID unavailabilityId) {
        return availability.delete(id, unavailabilityId, currentUser);
    }

    @POST
    @Path("{id}/calendar-token")
    @RolesAllowed({Roles.CB_ADMIN, Roles.AUDITOR})
    @Operation(summary = "A new secret address of the auditor's iCalendar feed, shown only now; revokes any earlier "
            + "one. For the auditor themself or the administrator")
    public Uni<RestResponse<CalendarTokenView>> issueCalendarToken(@PathParam("id") UUID id, @Context UriInfo uri) {
        return calendars.issue(id, currentUser,
                        token -> CalendarFeedResource.feedUri(uri.getBaseUriBuilder()).build(token))
                .map(view -> RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                        .header("Cache-Control", "no-store")
                        .build());
    }

    @DELETE
    @Path("{id}/calendar-token")
    @RolesAllowed({Roles.CB_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Revoke the address of the auditor's calendar feed; it then answers 404")
    public Uni<Void> revokeCalendarToken(@PathParam("id") UUID id) {
        return calendars.revoke(id, currentUser);
    }
}
