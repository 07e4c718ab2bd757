package io.opencert.certificate.rules;

/**
 * Certificate numbers from a configurable pattern, e.g. {@code CB-{year}-{sequence}} gives CB-2026-000042: the year of
 * the decision and a sequence the database hands out once (at least 6 digits). The pattern must contain the sequence,
 * or numbers would repeat; its own text is upper-case letters, digits, '-', '.' and '_', because the register finds
 * numbers whatever case they are typed in and a number is part of the verification page's address.
 */
public final class CertificateNumbers {
    public static final int MAX_LENGTH = 30;
    private static final String YEAR = "{year}";
    private static final String SEQUENCE = "{sequence}";

    private final String pattern;

    public CertificateNumbers(String pattern) {
        if (!pattern.contains(SEQUENCE)) {
            throw new IllegalArgumentException("the certificate number pattern must contain " + SEQUENCE + ": " + pattern);
        }
        String fixedText = pattern.replace(YEAR, "").replace(SEQUENCE, "");
        if (!fixedText.matches("[A-Z0-9._-]*")) {
            throw new IllegalArgumentException("a certificate number pattern has upper-case letters, digits, '-', '.' "
                    + "and '_' besides {year} and {sequence}: " + pattern);
        }
        if (format(pattern, 9999, 999_999_999L).length() > MAX_LENGTH) {
            throw new IllegalArgumentException("numbers of the pattern " + pattern + " can be longer than " + MAX_LENGTH);
        }
        this.pattern = pattern;
    }

    public String number(int year, long sequence) {
        return format(pattern, year, sequence);
    }

    private static String format(String pattern, int year, long sequence) {
        return pattern.replace(YEAR, Integer.toString(year)).replace(SEQUENCE, "%06d".formatted(sequence));
    }
}
