package io.opencert.certificate.rules;

import java.time.LocalDate;

/** A certification cycle lasts 3 years from the certification decision (ISO/IEC 17021-1, 9.1.3). */
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

    /**
     * The last day of validity of a certificate restored within 6 months of its expiry: the new cycle follows on from
     * the previous cycle's expiry date, not from the restoration decision (ISO/IEC 17021-1, 9.6.3.2.5), so the cycles
     * meet without a gap: a 28 February expiry before a leap year leads to 29 February.
     */
    public static LocalDate restoredExpiryDate(LocalDate previousExpiryDate) {
        return expiryDate(previousExpiryDate.plusDays(1));
    }

    private CertificateValidity() {
    }
}
