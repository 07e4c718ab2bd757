package io.opencert.certificate.rules;

import java.time.LocalDate;

/** A certification cycle lasts 3 years from the certification decision (ISO/IEC 17021-1, 9.1.3; DOMAIN.md). */
public final class CertificateValidity {
    public static final int CYCLE_YEARS = 3;

    /**
     * The last day of validity: the day before the third anniversary of the decision. A decision of 29 February has
     * its anniversary on 1 March of a common year, so it expires on 28 February.
     */
    public static LocalDate expiryDate(LocalDate decisionDate) {
        LocalDate anniversary = decisionDate.plusYears(CYCLE_YEARS);
        if (anniversary.getDayOfMonth() != decisionDate.getDayOfMonth()) {
            // plusYears moved 29 February back to the 28th; the anniversary proper is the day after.
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.minusDays(1);
    }

    private CertificateValidity() {
    }
}
