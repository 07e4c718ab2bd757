package io.opencert.commons.time;

import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.Profiles;
import io.opencert.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/**
 * Moves the platform clock in a demonstration or end-to-end run; answers 404 unless cb.clock.adjustable=true, and
 * always in production (outside the dev, test and local profiles).
 */
@Path("/api/v1/admin/clock")
@RolesAllowed(Roles.CB_ADMIN)
public class ClockResource {
    public record ClockSetting(@NotNull Instant now) {
    }

    private final AdjustableClock clock;
    private final boolean adjustable;

    ClockResource(AdjustableClock clock, @ConfigProperty(name = "cb.clock.adjustable") boolean adjustable,
                  @ConfigProperty(name = "quarkus.profile") List<String> profiles) {
        this.clock = clock;
        this.adjustable = adjustable && Profiles.relaxed(profiles);
    }

    @GET
    @Operation(summary = "The platform's current time")
    public ClockSetting now() {
        requireAdjustable();
        return new ClockSetting(clock.instant());
    }

    @PUT
    @Operation(summary = "Set the platform's current time (demonstration and end-to-end runs only)")
    public ClockSetting set(@Valid @NotNull ClockSetting setting) {
        requireAdjustable();
        clock.setTo(setting.now());
        return new ClockSetting(clock.instant());
    }

    @DELETE
    @Operation(summary = "Return to the real time")
    public ClockSetting reset() {
        requireAdjustable();
        clock.reset();
        return new ClockSetting(clock.instant());
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new NotFoundProblem("The clock of this service is not adjustable.");
        }
    }
}
