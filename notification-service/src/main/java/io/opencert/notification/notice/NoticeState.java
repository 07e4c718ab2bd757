package io.opencert.notification.notice;

/** Where a notice stands. */
public enum NoticeState {
    /** Its mails are made, one per recipient. */
    DELIVERING,
    /** For a client whose contacts are not known yet: its mails are made once client-service announces them. */
    AWAITING_CONTACTS,
    /** Its event was too old when it arrived ({@link Timeliness}): nobody is written to. */
    STALE
}
