package io.opencert.client.client;

import io.opencert.commons.problem.ProblemException;

import java.util.OptionalInt;

/** Problems of a conditional update of a client (RFC 9110 If-Match with the client's version as its ETag). */
final class ClientPreconditions {
    private ClientPreconditions() {
    }

    /** 428: an update must say which version of the client it was made from. */
    static ProblemException required() {
        return new ProblemException(428, "precondition-required", "If-Match required",
                "Send If-Match with the ETag (version) of the client you read; it protects against overwriting "
                        + "someone else's change.");
    }

    /** 412: the client was changed since the caller read it. */
    static ProblemException changed(String ifMatch, int current) {
        return new ProblemException(412, "client-changed", "Client changed meanwhile",
                "The client was changed since you read it: If-Match " + ifMatch + " but the current version is "
                        + current + " (ETag \"" + current + "\"); reload it and apply your change again.");
    }

    /** The version an If-Match value names: 3, "3" or W/"3"; empty for anything else (e.g. *). */
    static OptionalInt version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalInt.of(Integer.parseInt(tag));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }
}
