package io.opencert.commons.inbox;

import io.smallrye.mutiny.Uni;

/**
 * What a service does with the events of one topic: called by the topic's consumer for each record, through the
 * {@link Inbox}, and for a dead letter of that topic that cb-admin replays.
 */
public interface TopicHandler {
    /** The topic whose events this handles. */
    String topic();

    /** The effect of one event; types it does not know are ignored. */
    Uni<Void> handle(IncomingEvent event);
}
