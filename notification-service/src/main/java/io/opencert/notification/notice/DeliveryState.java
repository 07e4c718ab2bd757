package io.opencert.notification.notice;

/** What became of a mail. */
public enum DeliveryState {
    /** Waiting for its (next) try. */
    PENDING,
    /** The mail relay took it. */
    SENT,
    /** Refused on every try: staff look into it and may send it again. */
    UNDELIVERABLE
}
