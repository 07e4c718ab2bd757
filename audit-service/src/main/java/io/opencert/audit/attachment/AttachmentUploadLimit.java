package io.opencert.audit.attachment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.commons.http.ProblemResponse;
import io.opencert.commons.http.RequestPaths;
import io.opencert.commons.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An attachment's upload states its length, and one longer than {@code cb.attachments.max-bytes} is refused (413)
 * before a byte of it is read, rather than after the whole body has been buffered: a filter of the HTTP server, ahead
 * of the REST layer. An upload without a length (chunked) is refused with 411.
 */
@ApplicationScoped
public class AttachmentUploadLimit {
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/auditor/audits/[^/]+/findings/[^/]+/attachments/[^/]+");
    private static final int PRIORITY = 100;

    private final long maxBytes;
    private final ObjectMapper json;

    AttachmentUploadLimit(@ConfigProperty(name = "cb.attachments.max-bytes") long maxBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    void filter(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext request) {
        String path = RequestPaths.canonical(request.normalizedPath());
        if (!HttpMethod.PUT.equals(request.request().method()) || !UPLOAD.matcher(path).matches()) {
            request.next();
            return;
        }
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < 0) {
            refuse(request, path, new Problem(Problem.type("length-required"), "Length required", 411,
                    "An attachment's upload states its Content-Length.", path, List.of()));
        } else if (bytes > maxBytes) {
            refuse(request, path, new Problem(Problem.type("attachment-too-large"), "Attachment too large", 413,
                    bytes + " bytes; an attachment has at most " + maxBytes + " bytes.", path, List.of()));
        } else {
            request.next();
        }
    }

    private void refuse(RoutingContext request, String path, Problem problem) {
        // the body is not read: the connection closes after the answer rather than drain it
        request.response().putHeader(HttpHeaders.CONNECTION, "close");
        ProblemResponse.send(request.response(), json, problem);
    }
}
