package io.opencert.certificate.complaint;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * The reference a complainant or appellant quotes (short, readable, no 0/O or 1/I to mix up), and the unguessable
 * token with which the public follows a complaint's status without an account.
 */
final class References {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int REFERENCE_LENGTH = 8;
    private static final int TOKEN_BYTES = 32;

    /** E.g. {@code C-2026-7K3M9QXD}: the prefix, the year of receipt and 8 random characters. */
    static String next(String prefix, Instant at) {
        StringBuilder reference = new StringBuilder(prefix).append('-')
                .append(at.atZone(ZoneOffset.UTC).getYear()).append('-');
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** 256 random bits, URL-safe. */
    static String trackingToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private References() {
    }
}
