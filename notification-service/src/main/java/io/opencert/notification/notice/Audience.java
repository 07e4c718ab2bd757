package io.opencert.notification.notice;

/** Whom a kind of notice is for. */
public enum Audience {
    /** The client's contacts, as client-service announces them. */
    CLIENT_CONTACTS,
    /** The certification body's planning desk, at its configured address. */
    STAFF,
    /** The person the event names, e.g. who filed a complaint or lodged an appeal ({@code personName}, {@code personEmail}). */
    PERSON_NAMED,
    /** The audit team, by the usernames the event names ({@code teamUsernames}), at the addresses scheduling gave. */
    AUDIT_TEAM
}
