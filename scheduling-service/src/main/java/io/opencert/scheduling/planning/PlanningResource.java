package io.opencert.scheduling.planning;

import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.planning.dto.AuditorLoad;
import io.opencert.scheduling.planning.dto.BoardEntry;
import io.opencert.scheduling.planning.dto.CompetenceLapse;
import io.opencert.scheduling.planning.dto.DeviationEntry;
import io.opencert.scheduling.web.QueryParameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@Path("/api/v1/planning")
@RolesAllowed({Roles.CB_STAFF, Roles.CB_ADMIN})
@Tag(name = "Planning board", description = "The planners' view: audits to book, reminders and auditors' load")
public class PlanningResource {
    private final PlanningService planning;
    private final Clock clock;

    PlanningResource(PlanningService planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    @GET
    @Path("board")
    @Operation(summary = "Audits without a booking: urgent first (an unbooked recertification of a certificate near "
            + "expiry), then by due date; filter by type, client and latest due date")
    public Uni<Page<BoardEntry>> board(@BeanParam BoardFilter filter, @Valid @BeanParam PageRequest page) {
        return planning.board(filter, page);
    }

    @GET
    @Path("reminders")
    @Operation(summary = "The reminder list: audits the daily date watch found with their window closing and still "
            + "without a booking, urgent first, then by due date")
    public Uni<Page<BoardEntry>> reminders(@BeanParam BoardFilter filter, @Valid @BeanParam PageRequest page) {
        return planning.reminders(filter, page);
    }

    @GET
    @Path("deviations")
    @Operation(summary = "The board's deviations: audits booked against the programme (outside their due window, or "
            + "leaving a calendar year of the cycle without a surveillance), with the rule, why and who recorded it; "
            + "earliest start first; filter by type, client and latest due date")
    public Uni<Page<DeviationEntry>> deviations(@BeanParam BoardFilter filter, @Valid @BeanParam PageRequest page) {
        return planning.deviations(filter, page);
    }

    @GET
    @Path("competence-lapses")
    @Operation(summary = "The board's competence flags: booked audits from today on whose team no longer meets the "
            + "competence rules on the audit's dates (a qualification lapses before or during the audit), with the "
            + "rule and what is missing; earliest start first")
    public Uni<List<CompetenceLapse>> competenceLapses() {
        return planning.competenceLapses(LocalDate.now(clock));
    }

    @GET
    @Path("auditor-load")
    @Operation(summary = "Each auditor's booked calendar days per month, from the month given (yyyy-MM, default "
            + "this month) for 1 to 24 months (default 12)")
    public Uni<List<AuditorLoad>> auditorLoad(@QueryParam("from") String from,
                                              @QueryParam("months") @DefaultValue("12") @Min(1) @Max(24) int months) {
        return planning.load(firstMonth(from), months);
    }

    private YearMonth firstMonth(String from) {
        YearMonth month = QueryParameter.parse("from", from, YearMonth::parse, "a month as yyyy-MM");
        return month != null ? month : YearMonth.now(clock);
    }
}
