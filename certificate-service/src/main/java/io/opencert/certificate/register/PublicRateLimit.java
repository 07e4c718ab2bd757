package io.opencert.certificate.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.commons.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * The public register (its JSON API and its pages) answers each client address at most
 * {@code cb.register.rate-limit.requests} times per {@code cb.register.rate-limit.window}; beyond that 429 with
 * Retry-After. A filter of the HTTP server, so that it guards the verification route and the REST resources alike.
 * Behind a reverse proxy, set {@code quarkus.http.proxy.proxy-address-forwarding=true} so that the address is the
 * client's, not the proxy's.
 */
@ApplicationScoped
public class PublicRateLimit {
    private static final int PRIORITY = 100;

    private final RateLimiter limiter;
    private final ObjectMapper json;

    PublicRateLimit(@ConfigProperty(name = "cb.register.rate-limit.requests") int requests,
                    @ConfigProperty(name = "cb.register.rate-limit.window") Duration window, ObjectMapper json) {
        this.limiter = new RateLimiter(requests, window, System::nanoTime);
        this.json = json;
    }

    void filter(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext request) {
        String path = request.normalizedPath();
        if (!path.startsWith("/api/v1/public/") && !path.startsWith("/register")) {
            request.next();
            return;
        }
        String address = request.request().remoteAddress() == null ? "unknown" : request.request().remoteAddress().hostAddress();
        limiter.tryAcquire(address).ifPresentOrElse(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            request.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            PublicVerificationRoute.problem(request.response(), json, new Problem(Problem.type("too-many-requests"),
                    "Too many requests", 429,
                    "This address asked the public register too often; try again in " + seconds + " s.", path, List.of()));
        }, request::next);
    }
}
