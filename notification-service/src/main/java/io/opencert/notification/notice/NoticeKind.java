package io.opencert.notification.notice;

import java.util.Locale;

/**
 * What someone is told, and whom: each kind has a mail template of its own ({@code templates/mail/<template>.txt}
 * and {@code .html}). A reminder is one a contact may opt out of; the others tell of a decision or an arrangement the
 * client must know of.
 */
public enum NoticeKind {
    QUOTATION_ISSUED(Audience.CLIENT_CONTACTS, false),
    AUDITOR_BOOKED(Audience.AUDIT_TEAM, false, "REQUEST"),
    AUDITOR_RESCHEDULED(Audience.AUDIT_TEAM, false, "REQUEST"),
    AUDITOR_CANCELLED(Audience.AUDIT_TEAM, false, "CANCEL"),
    AUDIT_BOOKED(Audience.CLIENT_CONTACTS, false),
    AUDIT_RESCHEDULED(Audience.CLIENT_CONTACTS, false),
    AUDIT_CANCELLED(Audience.CLIENT_CONTACTS, false),
    NONCONFORMITIES_TO_ANSWER(Audience.CLIENT_CONTACTS, false),
    NONCONFORMITY_RESPONSE_DUE(Audience.CLIENT_CONTACTS, true),
    CERTIFICATE_ISSUED(Audience.CLIENT_CONTACTS, false),
    CERTIFICATE_RENEWED(Audience.CLIENT_CONTACTS, false),
    CERTIFICATE_SUSPENDED(Audience.CLIENT_CONTACTS, false),
    CERTIFICATE_REINSTATED(Audience.CLIENT_CONTACTS, false),
    CERTIFICATE_WITHDRAWN(Audience.CLIENT_CONTACTS, false),
    CERTIFICATE_EXPIRING(Audience.CLIENT_CONTACTS, true),
    SURVEILLANCE_OVERDUE(Audience.STAFF, false),
    COMPLAINT_RECEIVED(Audience.PERSON_NAMED, false),
    COMPLAINT_ACKNOWLEDGED(Audience.PERSON_NAMED, false),
    COMPLAINT_DECIDED(Audience.PERSON_NAMED, false),
    APPEAL_LODGED(Audience.PERSON_NAMED, false),
    APPEAL_ACKNOWLEDGED(Audience.PERSON_NAMED, false),
    APPEAL_DECIDED(Audience.PERSON_NAMED, false);

    private final Audience audience;
    private final boolean reminder;
    private final String calendarMethod;

    NoticeKind(Audience audience, boolean reminder) {
        this(audience, reminder, null);
    }

    NoticeKind(Audience audience, boolean reminder, String calendarMethod) {
        this.audience = audience;
        this.reminder = reminder;
        this.calendarMethod = calendarMethod;
    }

    public Audience audience() {
        return audience;
    }

    public boolean reminder() {
        return reminder;
    }

    /** The iCalendar method (RFC 5546) of the event its mails carry, REQUEST or CANCEL; null when they carry none. */
    public String calendarMethod() {
        return calendarMethod;
    }

    /** The name of its templates, e.g. {@code certificate-expiring}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
