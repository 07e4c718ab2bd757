package io.opencert.commons.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** How the router reads a request's path, for filters of the HTTP server that guard some paths only. */
public final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * The path as the router matches it: each segment without its matrix parameters, decoded, empty ones dropped; so
     * that no spelling of a path ({@code /api;x=1/v1}, {@code /api/%761}, {@code //api/v1}) slips past a filter.
     */
    public static String canonical(String path) {
        StringBuilder canonical = new StringBuilder();
        for (String segment : path.split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix < 0 ? segment : segment.substring(0, matrix);
            if (!name.isEmpty()) {
                canonical.append('/').append(decode(name));
            }
        }
        return canonical.isEmpty() ? "/" : canonical.toString();
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // not valid percent-encoding: the router does not decode it either
        }
    }
}
