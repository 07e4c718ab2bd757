package io.opencert.scheduling.calendar;

import io.opencert.commons.problem.NotFoundProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets in calendar feed addresses. A token is 256 random bits, shown once; only its SHA-256 is stored, so a
 * database dump does not open anybody's calendar.
 */
final class FeedTokens {
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is refused before the database is asked. */
    static boolean isWellFormed(String token) {
        return token != null && TOKEN_FORMAT.matcher(token).matches();
    }

    /** Whether a token made at {@code createdAt} no longer opens its feed, so that a leaked address stops working. */
    static boolean expired(OffsetDateTime createdAt, Duration validity, Instant now) {
        return !createdAt.toInstant().plus(validity).isAfter(now);
    }

    static NotFoundProblem expiredCalendar() {
        return new NotFoundProblem("This calendar address has expired; ask for a new one.");
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private FeedTokens() {
    }
}
