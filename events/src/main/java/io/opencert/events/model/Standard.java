package io.opencert.events.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The standards a certification body certifies against, with edition, and the day each edition stopped being
 * certifiable. ISO/IEC 20000-1:2011: after ISO/IEC 20000-1:2018 was published, the IAF's three-year transition
 * (IAF Resolution 2018-14) ended on 30 September 2021; from that day on no certificate to it is granted, renewed or
 * sold. Certificates issued before keep their dates.
 */
public enum Standard {
    ISO_IEC_20000_1_2018("ISO/IEC 20000-1:2018", null, null),
    ISO_IEC_20000_1_2011("ISO/IEC 20000-1:2011", LocalDate.of(2021, 9, 30), ISO_IEC_20000_1_2018),
    ISO_IEC_TR_20000_9_2015("ISO/IEC TR 20000-9:2015", null, null);

    private final String title;
    private final LocalDate notCertifiableFrom;
    private final Standard successor;

    Standard(String title, LocalDate notCertifiableFrom, Standard successor) {
        this.title = title;
        this.notCertifiableFrom = notCertifiableFrom;
        this.successor = successor;
    }

    public String title() {
        return title;
    }

    /** The first day on which the edition is no longer certifiable; empty while it is open. */
    public Optional<LocalDate> notCertifiableFrom() {
        return Optional.ofNullable(notCertifiableFrom);
    }

    /** Whether a certificate to this edition may be granted, renewed or sold on {@code day}. */
    public boolean certifiableOn(LocalDate day) {
        return notCertifiableFrom == null || day.isBefore(notCertifiableFrom);
    }

    /** The edition that replaced this one, if any. */
    public Optional<Standard> successor() {
        return Optional.ofNullable(successor);
    }
}
