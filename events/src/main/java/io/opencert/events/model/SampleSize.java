package io.opencert.events.model;

/**
 * How many sites a multi-site audit visits (IAF MD 1): of the n sites other than the central function, an initial
 * audit visits √n, a surveillance 0.6·√n and a recertification 0.8·√n, each rounded up to a whole site; the central
 * function is visited every time on top. Here because client-service quotes the sample and scheduling-service
 * chooses it.
 */
public final class SampleSize {

    private SampleSize() {
    }

    /** The factor of √n for this audit type. */
    public static double factor(AuditType type) {
        return switch (type) {
            case STAGE_1, STAGE_2 -> 1.0;
            case SURVEILLANCE -> 0.6;
            case RECERTIFICATION -> 0.8;
            default -> throw new IllegalArgumentException(type + " has no sampling rule");
        };
    }

    /** Sites other than the central function to visit out of {@code otherSites}. */
    public static int otherSitesToVisit(int otherSites, AuditType type) {
        if (otherSites < 0) {
            throw new IllegalArgumentException("sites cannot be negative: " + otherSites);
        }
        // a hair below the exact product, so that 0.6·√25 = 3 does not become 4 through floating point
        double exact = factor(type) * Math.sqrt(otherSites);
        return (int) Math.min(otherSites, Math.ceil(exact - 1e-9));
    }
}
