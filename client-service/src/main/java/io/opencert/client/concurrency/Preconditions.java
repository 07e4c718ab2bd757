package io.opencert.client.concurrency;

import io.opencert.commons.problem.EditConflict;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.ProblemException;

/** Conditional updates (RFC 9110 If-Match with the resource's version as its ETag) of what several people edit. */
public final class Preconditions {
    private Preconditions() {
    }

    /**
     * The version the caller read: 428 without If-Match, 400 for a value that names no version, 409 {@code slug} when
     * {@code current} is another version: the same answer as for an edit that lost the race to commit (409
     * concurrent-change), so that a client handles every lost edit alike.
     */
    public static void requireVersion(String ifMatch, int current, String slug, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send If-Match with the ETag (version) of the " + what + " you read; it protects against "
                            + "overwriting someone else's change.");
        }
        Integer expected = version(ifMatch);
        if (expected == null) {
            throw new InvalidInput("If-Match", "must be the ETag of the " + what + ", e.g. \"3\"");
        }
        if (expected != current) {
            String title = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " changed meanwhile";
            throw new EditConflict(slug, title,
                    "The " + what + " was changed since you read it: If-Match " + ifMatch.strip()
                            + " but the current version is " + current + " (ETag \"" + current + "\"); reload it and "
                            + "apply your change again.");
        }
    }

    /** The version an If-Match value names: 3, "3" or W/"3"; null for anything else (e.g. *). */
    static Integer version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
