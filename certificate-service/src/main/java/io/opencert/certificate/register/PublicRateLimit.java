package io.opencert.certificate.register;

import io.opencert.commons.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The public register answers each client address at most {@code cb.register.rate-limit.requests} times per
 * {@code cb.register.rate-limit.window}; beyond that 429 with Retry-After. Behind a reverse proxy, set
 * {@code quarkus.http.proxy.proxy-address-forwarding=true} so that the address is the client's, not the proxy's.
 */
@ApplicationScoped
public class PublicRateLimit {
    private final RateLimiter limiter;

    PublicRateLimit(@ConfigProperty(name = "cb.register.rate-limit.requests") int requests,
                    @ConfigProperty(name = "cb.register.rate-limit.window") Duration window) {
        this.limiter = new RateLimiter(requests, window, System::nanoTime);
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/public/") && !path.startsWith("/register")) {
            return Optional.empty();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return limiter.tryAcquire(address).map(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Response.status(429).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .entity(new Problem(Problem.type("too-many-requests"), "Too many requests", 429,
                            "This address asked the public register too often; try again in " + seconds + " s.",
                            path, List.of()))
                    .build();
        });
    }
}
