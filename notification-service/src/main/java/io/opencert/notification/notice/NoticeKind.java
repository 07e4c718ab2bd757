package io.opencert.notification.notice;

import java.util.Locale;

/**
 * What someone is told, and whom: each kind has a mail template of its own ({@code templates/mail/<template>.txt}
 * and {@code .html}). A reminder is one a contact may opt out of; the others tell of a decision or an arrangement the
 * client must know of.
 */
public enum NoticeKind {
    QUOTATION_ISSUED(Audience.CLIENT_CONTACTS, false),
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

    NoticeKind(Audience audience, boolean reminder) {
        this.audience = audience;
        this.reminder = reminder;
    }

    public Audience audience() {
        return audience;
    }

    public boolean reminder() {
        return reminder;
    }

    /** The name of its templates, e.g. {@code certificate-expiring}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
