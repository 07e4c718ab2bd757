package io.opencert.commons.ratelimit;

import io.opencert.commons.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Counts each user's requests to the {@link Expensive} endpoints; beyond the limit 429 with Retry-After. */
@Provider
@Expensive
@Priority(Priorities.USER)
public class ExpensiveRequestLimit implements ContainerRequestFilter {
    private final RateLimiter limiter;

    ExpensiveRequestLimit(@ConfigProperty(name = "cb.expensive.rate-limit.requests") int requests,
                          @ConfigProperty(name = "cb.expensive.rate-limit.window") Duration window,
                          @ConfigProperty(name = "cb.expensive.rate-limit.max-users") int maxUsers) {
        this.limiter = new RateLimiter(requests, window, maxUsers, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String user = Optional.ofNullable(request.getSecurityContext().getUserPrincipal()).map(Principal::getName)
                .orElse("anonymous");
        limiter.tryAcquire(user).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            request.abortWith(Response.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(Problem.type("too-many-requests"), "Too many requests", 429,
                            "You asked for documents too often; try again in " + seconds + " s.",
                            request.getUriInfo().getPath(), List.of()))
                    .build());
        });
    }
}
