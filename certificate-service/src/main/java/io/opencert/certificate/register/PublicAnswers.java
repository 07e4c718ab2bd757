package io.opencert.certificate.register;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Public answers may be cached by anyone for a short while, and carry a strong ETag of their content, so that a
 * client that has the current one gets 304 without a body.
 */
final class PublicAnswers {

    /** 200 with the body, or 304 when {@code ifNoneMatch} names the current tag; both with Cache-Control and ETag. */
    static Response cached(Object body, String mediaType, String content, String ifNoneMatch, int maxAgeSeconds) {
        EntityTag tag = new EntityTag(tag(mediaType, content));
        Response.ResponseBuilder response = matches(ifNoneMatch, tag.getValue())
                ? Response.notModified(tag)
                : Response.ok(body, mediaType).tag(tag);
        return response.header(HttpHeaders.CACHE_CONTROL, cacheControl(maxAgeSeconds)).build();
    }

    static String cacheControl(int maxAgeSeconds) {
        return "public, max-age=" + maxAgeSeconds;
    }

    /** The tag's value (without quotes): a digest of the media type and the content. */
    static String tag(String mediaType, String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((mediaType + "\n" + content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether an If-None-Match header names the tag (weakly or strongly) or any tag. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals("\"" + tag + "\""));
    }

    private PublicAnswers() {
    }
}
