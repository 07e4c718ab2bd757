package io.opencert.client.rules;

import io.opencert.commons.problem.InvalidInput;

/**
 * The pre-transfer review (IAF MD 2) of a transferred certificate's open nonconformities: how many of them are major.
 * They are among the open nonconformities the client gave, so no more than those; an open major blocks the transfer
 * decision until the previous body closed it (certificate-service).
 */
public final class PreTransferReview {
    public static final String FIELD = "openMajorNonconformities";

    /** 400 when {@code openMajors} is negative or more than {@code openNonconformities}; none given is fine. */
    public static void requireMajorsAmongOpen(Integer openMajors, int openNonconformities) {
        if (openMajors == null) {
            return;
        }
        if (openMajors < 0) {
            throw new InvalidInput(FIELD, "must not be negative");
        }
        if (openMajors > openNonconformities) {
            throw new InvalidInput(FIELD, "the transferred certificate has " + openNonconformities
                    + " open nonconformities; " + openMajors + " of them cannot be major");
        }
    }

    private PreTransferReview() {
    }
}
