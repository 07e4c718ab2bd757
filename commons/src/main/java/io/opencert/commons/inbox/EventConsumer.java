package io.opencert.commons.inbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * Takes a record from a topic: reads its CloudEvents attributes, runs the handler once through the {@link Inbox}
 * with bounded retries, then acknowledges it; a record that still fails is nacked, and the channel's
 * {@code dead-letter-queue} failure strategy parks it on {@code <topic>.dlq} with the error, so the partition moves on.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Inbox inbox;
    private final int maxRetries;

    EventConsumer(Inbox inbox, @ConfigProperty(name = "cb.inbox.max-retries") int maxRetries) {
        this.inbox = inbox;
        this.maxRetries = maxRetries;
    }

    public Uni<Void> consume(Message<String> message, Function<IncomingEvent, Uni<Void>> handler) {
        IncomingEvent event;
        try {
            event = read(message);
        } catch (RuntimeException e) {
            LOG.warnf("record without valid CloudEvents attributes: %s", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return Uni.createFrom().deferred(() -> inbox.processOnce(event, handler))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(maxRetries)
                .onItemOrFailure().transformToUni((done, error) -> {
                    if (error != null) {
                        LOG.errorf(error, "event %s (%s) failed after %d retries", event.id(), event.type(), maxRetries);
                        return Uni.createFrom().completionStage(message.nack(error));
                    }
                    if (!done) {
                        LOG.debugf("event %s (%s) was processed before; ignored", event.id(), event.type());
                    }
                    return Uni.createFrom().completionStage(message.ack());
                });
    }

    static IncomingEvent read(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent"));
        return new IncomingEvent(UUID.fromString(ce.getId()), ce.getType(), String.valueOf(ce.getSource()),
                ce.getSubject().orElse(null), message.getPayload());
    }
}
