package io.opencert.events;

/**
 * The data of one event. {@link #subject()} is the aggregate id: the Kafka key and the CloudEvents
 * {@code subject}, so that one aggregate's events stay in one partition, in order.
 */
public interface EventPayload {
    String subject();
}
