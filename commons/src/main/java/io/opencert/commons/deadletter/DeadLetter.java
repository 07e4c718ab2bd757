package io.opencert.commons.deadletter;

import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.PoisonRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * A record this service could not consume, parked on a dead-letter topic: where it is ({@code topic},
 * {@code partition}, {@code offset}), the event it carries, where it came from and why it failed.
 * {@code processedHere} tells whether the event has been applied since, e.g. by a replay.
 */
public record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt, String eventId,
                         String eventType, String subject, String source, String originalTopic,
                         Integer originalPartition, Long originalOffset, String reason, String cause,
                         boolean processedHere, String data) {

    /** The same dead letter, told whether its event has been applied here since. */
    public DeadLetter processedHere(boolean applied) {
        return new DeadLetter(topic, partition, offset, deadLetteredAt, eventId, eventType, subject, source,
                originalTopic, originalPartition, originalOffset, reason, cause, applied, data);
    }

    /** The event it carries, as its consumer received it; a {@link PoisonRecord} when it has no readable id. */
    public IncomingEvent event() {
        try {
            return new IncomingEvent(UUID.fromString(eventId), eventType, source, subject, data);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonRecord("no valid event id: " + eventId);
        }
    }

    /** The same dead letter without its data, as lists show it. */
    public DeadLetter summary() {
        return new DeadLetter(topic, partition, offset, deadLetteredAt, eventId, eventType, subject, source,
                originalTopic, originalPartition, originalOffset, reason, cause, processedHere, null);
    }
}
