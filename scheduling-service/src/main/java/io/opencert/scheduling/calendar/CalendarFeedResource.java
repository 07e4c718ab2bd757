package io.opencert.scheduling.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/calendars")
@Tag(name = "Calendar feeds", description = "iCalendar feeds that calendar apps subscribe to; the address is the secret")
public class CalendarFeedResource {
    public static final String TEXT_CALENDAR = "text/calendar";
    static final String FEED_PATH = "auditors/{token}.ics";
    static final String CLIENT_FEED_PATH = "clients/{token}.ics";

    private final CalendarService calendars;
    private final ClientCalendarService clientCalendars;

    CalendarFeedResource(CalendarService calendars, ClientCalendarService clientCalendars) {
        this.calendars = calendars;
        this.clientCalendars = clientCalendars;
    }

    @GET
    @Path(FEED_PATH)
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "An auditor's booked audits and unavailability as iCalendar; no login, the token in the "
            + "address is the key (issued at POST /api/v1/auditors/{id}/calendar-token)")
    public Uni<RestResponse<String>> auditorFeed(@PathParam("token") String token) {
        return calendars.feed(token).map(CalendarFeedResource::calendar);
    }

    @GET
    @Path(CLIENT_FEED_PATH)
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "A client organisation's upcoming booked audits as iCalendar; no login, the token in the "
            + "address is the key (issued at POST /api/v1/calendars/clients/{clientId}/token)")
    public Uni<RestResponse<String>> clientFeed(@PathParam("token") String token) {
        return clientCalendars.feed(token).map(CalendarFeedResource::calendar);
    }

    private static RestResponse<String> calendar(String text) {
        return RestResponse.ResponseBuilder.ok(text)
                .type(TEXT_CALENDAR + "; charset=UTF-8")
                .header("Cache-Control", "private, no-cache")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** An auditor's feed's address under the service's base address. */
    public static UriBuilder feedUri(UriBuilder base) {
        return base.path(CalendarFeedResource.class).path(FEED_PATH);
    }

    /** A client's feed's address under the service's base address. */
    static UriBuilder clientFeedUri(UriBuilder base) {
        return base.path(CalendarFeedResource.class).path(CLIENT_FEED_PATH);
    }
}
