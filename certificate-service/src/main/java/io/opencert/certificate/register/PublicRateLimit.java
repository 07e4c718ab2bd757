package io.opencert.certificate.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.commons.http.ProblemResponse;
import io.opencert.commons.ratelimit.RateLimiter;
import io.opencert.commons.http.RequestPaths;
import io.opencert.commons.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The public register (its JSON API and its pages) answers each client address at most
 * {@code cb.register.rate-limit.requests} times per {@code cb.register.rate-limit.window}; beyond that 429 with
 * Retry-After. A filter of the HTTP server, so that it guards the verification route and the REST resources alike; it
 * reads the path as the router does (without matrix parameters, decoded), so that no spelling of a path slips past.
 * Behind reverse proxies, list them in {@code cb.register.rate-limit.trusted-proxies}: their {@code X-Forwarded-For}
 * then names the client ({@link ClientAddress}); anyone else's is ignored.
 */
@ApplicationScoped
public class PublicRateLimit {
    private static final int PRIORITY = 100;

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final ObjectMapper json;

    PublicRateLimit(@ConfigProperty(name = "cb.register.rate-limit.requests") int requests,
                    @ConfigProperty(name = "cb.register.rate-limit.window") Duration window,
                    @ConfigProperty(name = "cb.register.rate-limit.max-addresses") int maxAddresses,
                    @ConfigProperty(name = "cb.register.rate-limit.trusted-proxies") Optional<List<String>> proxies,
                    ObjectMapper json) {
        this.limiter = new RateLimiter(requests, window, maxAddresses, System::nanoTime);
        this.clients = new ClientAddress(proxies.orElse(List.of()));
        this.json = json;
    }

    void filter(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext request) {
        String path = RequestPaths.canonical(request.normalizedPath());
        if (!path.startsWith("/api/v1/public/") && !path.equals("/register") && !path.startsWith("/register/")) {
            request.next();
            return;
        }
        String peer = request.request().remoteAddress() == null ? "unknown" : request.request().remoteAddress().hostAddress();
        limiter.tryAcquire(clients.of(peer, request.request().getHeader(FORWARDED_FOR))).ifPresentOrElse(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            request.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponse.send(request.response(), json, new Problem(Problem.type("too-many-requests"),
                    "Too many requests", 429,
                    "This address asked the public register too often; try again in " + seconds + " s.", path, List.of()));
        }, request::next);
    }

}
