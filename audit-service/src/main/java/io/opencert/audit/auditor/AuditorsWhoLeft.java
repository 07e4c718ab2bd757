package io.opencert.audit.auditor;

import java.time.LocalDate;

/**
 * An auditor who leaves the certification body no longer reaches the audits of their former teams: what the body
 * learns of its clients is for those who work for it (ISO/IEC 17021-1 8.4). From the first day on which they no longer
 * audit for the body, scheduling's {@code leftOn}, audit-service refuses them, whatever token they still hold.
 */
public final class AuditorsWhoLeft {

    private AuditorsWhoLeft() {
    }

    /** True when an auditor who leaves the body on {@code leftOn} is refused on {@code day}: from that day on. */
    public static boolean refused(LocalDate leftOn, LocalDate day) {
        return !day.isBefore(leftOn);
    }
}
