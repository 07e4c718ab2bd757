package io.opencert.certificate.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.commons.http.ProblemResponse;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * {@code GET /api/v1/public/certificates/{number}}: verification by number as JSON, the register's busiest answer.
 * It is a route of the HTTP server itself rather than a REST resource: the request and response filters, context
 * propagation and interceptors of the REST layer cost more per answer than the read from the database. It keeps what
 * the REST answers promise: public fields only, Cache-Control and ETag (304 for a current If-None-Match), problem+json
 * for 404; the rate limit ({@link PublicRateLimit}) answers before it. Described in {@code META-INF/openapi.yaml}.
 */
@ApplicationScoped
public class PublicVerificationRoute {
    private static final String PATH = "/api/v1/public/certificates/:number";
    private static final Logger LOG = Logger.getLogger(PublicVerificationRoute.class);

    private final PublicRegister register;
    private final ObjectMapper json;
    private final String cacheControl;

    PublicVerificationRoute(PublicRegister register, ObjectMapper json,
                            @ConfigProperty(name = "cb.register.max-age-seconds") int maxAge) {
        this.register = register;
        this.json = json;
        this.cacheControl = PublicAnswers.cacheControl(maxAge);
    }

    void route(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::verify);
    }

    private void verify(RoutingContext request) {
        String number = request.pathParam("number");
        register.byNumber(number).onComplete(read -> {
            if (read.failed()) {
                LOG.error("the public register could not be read", read.cause());
                ProblemResponse.send(request.response(), json, new Problem(Problem.type("register-unavailable"), "Register unavailable",
                        503, "The register cannot be read just now; try again shortly.", request.normalizedPath(),
                        List.of()));
            } else if (read.result().isEmpty()) {
                ProblemResponse.send(request.response(), json, new NotFoundProblem(
                        "No certificate with the number " + number + " is in the register.").toProblem(request.normalizedPath()));
            } else {
                answer(request, read.result().get());
            }
        });
    }

    private void answer(RoutingContext request, PublicCertificate certificate) {
        String body = write(json, certificate);
        String tag = PublicAnswers.tag(MediaType.APPLICATION_JSON, body);
        HttpServerResponse response = request.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.ETAG, "\"" + tag + "\"");
        if (PublicAnswers.matches(request.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON).end(body);
        }
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public answer is always writable as JSON", e);
        }
    }
}
