package io.opencert.client.tariff;

import io.opencert.client.tariff.dto.TariffView;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/tariffs")
@Tag(name = "Tariffs", description = "Day rate, fees and travel that quotations are priced with")
public class TariffResource {
    private final TariffService tariffs;
    private final Clock clock;

    TariffResource(TariffService tariffs, Clock clock) {
        this.tariffs = tariffs;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.CB_ADMIN)
    @Operation(summary = "Enter a tariff valid from a day on; quotations made from that day use it "
            + "(409 tariff-exists for a day that has one)")
    public Uni<RestResponse<TariffView>> enter(@Valid @NotNull TariffView tariff) {
        return tariffs.enter(tariff).map(entered -> RestResponse.status(RestResponse.Status.CREATED, entered));
    }

    @GET
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "The entered tariffs, newest valid-from first")
    public Uni<Page<TariffView>> list(@Valid @BeanParam PageRequest page) {
        return tariffs.list(page);
    }

    @GET
    @Path("in-force")
    @RolesAllowed({Roles.CB_ADMIN, Roles.CB_STAFF})
    @Operation(summary = "The tariff in force on a day (today by default); the configured default before the first "
            + "entered tariff (its validFrom is empty)")
    public Uni<TariffView> inForce(@QueryParam("on") LocalDate on) {
        return tariffs.validOn(on != null ? on : LocalDate.now(clock)).map(TariffView::of);
    }
}
