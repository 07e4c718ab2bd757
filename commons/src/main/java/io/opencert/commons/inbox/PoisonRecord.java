package io.opencert.commons.inbox;

/** A record that can never succeed: unreadable, or of a type or version this service does not know. */
public class PoisonRecord extends RuntimeException {
    public PoisonRecord(String reason) {
        super(reason);
    }
}
