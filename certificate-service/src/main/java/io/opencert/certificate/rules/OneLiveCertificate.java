package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;

/** At most one live (active or suspended) certificate per holder and standard (ISO/IEC 17021-1, 8.2 and 9.6). */
public final class OneLiveCertificate {
    /** The database's unique index that holds the rule when two grants race. */
    public static final String INDEX = "certificate_one_live";

    /** Refuses a new certificate while the holder has a live one of the standard. */
    public static void requireNoneLive(String liveNumber, Standard standard) {
        if (liveNumber != null) {
            throw violation(standard, "certificate " + liveNumber + " is");
        }
    }

    /** The refusal of the grant that lost the race for the unique index. */
    public static RuleViolation violation(Standard standard, String live) {
        return new RuleViolation(CertificationRule.ONE_LIVE_CERTIFICATE,
                "ISO/IEC 17021-1, 8.2 and 9.6: one holder has at most one active or suspended " + standard.title()
                        + " certificate; " + live + " live. Certify its scope by an extension, renew it by "
                        + "recertification, or end it first.");
    }

    private OneLiveCertificate() {
    }
}
