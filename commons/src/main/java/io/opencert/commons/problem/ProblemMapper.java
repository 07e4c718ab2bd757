package io.opencert.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.opencert.commons.text.ControlCharacters;
import io.opencert.commons.text.ControlCharactersRefused;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves a service as application/problem+json; nothing internal leaks into a 500. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("invalid-input"), "Invalid input", 400, detail, path(uri), violations));
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        return invalidField(e, "has a value of the wrong type or format", uri);
    }

    @ServerExceptionMapper
    public Response controlCharacters(ControlCharactersRefused e, UriInfo uri) {
        return invalidField(e, ControlCharacters.MESSAGE, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper({StaleStateException.class, OptimisticLockException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-change"), "Changed by someone else", 409,
                "The resource was changed by someone else meanwhile; reload it and try again.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this.", path(uri), List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                        "A valid bearer token is required.", path(uri), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // a parameter that could not be converted (e.g. EnumParameters) comes wrapped in a 404: the cause says why
        ProblemException conversion = cause(e.getCause(), ProblemException.class);
        if (conversion != null) {
            return problem(conversion, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("request failed", e);
        }
        return respond(new Problem(Problem.type(slug(status.getReasonPhrase())), status.getReasonPhrase(),
                status.getStatusCode(), e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        ConstraintViolationException violation = cause(e, ConstraintViolationException.class);
        if (violation != null) {
            return constraintViolation(violation, uri);
        }
        ProblemException problem = cause(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, uri);
        }
        RuntimeException concurrent = cause(e, StaleStateException.class);
        if (concurrent == null) {
            concurrent = cause(e, OptimisticLockException.class);
        }
        if (concurrent != null) {
            return concurrentChange(concurrent, uri);
        }
        PgException database = cause(e, PgException.class);
        if (database != null && UNIQUE_VIOLATION.equals(database.getSqlState())) {
            // two requests raced for one unique key (e.g. a registration number); the loser wrote nothing
            return respond(new Problem(Problem.type("conflict"), "Conflicts with existing data", 409,
                    "The request conflicts with data that exists already; nothing was changed.", path(uri), List.of()));
        }
        LOG.error("unexpected failure", e);
        return respond(new Problem(Problem.type("internal-error"), "Internal error", 500,
                "The request could not be completed; nothing was changed. The failure has been logged.", path(uri), List.of()));
    }

    private static Response invalidField(MismatchedInputException e, String message, UriInfo uri) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String field = path.isEmpty() ? "body" : path;
        return respond(new Problem(Problem.type("invalid-input"), "Invalid input", 400, field + ": " + message,
                path(uri), List.of(new Problem.Violation(field, message))));
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.request.legalName" -> "legalName": the method and parameter names mean nothing to the caller.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String slug(String phrase) {
        return phrase.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
