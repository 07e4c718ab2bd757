package io.opencert.notification.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.Topics;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.Contact;
import io.opencert.notification.addressee.Addressees;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clients from client-service (topic cb.client-events): their names and contacts, whom the mails go to; and the
 * quotations, which the contacts are told of. Notices that waited for a client's contacts go out once they are known.
 */
@ApplicationScoped
public class ClientEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final Addressees addressees;
    private final Notices notices;

    ClientEventsConsumer(EventConsumer consumer, Addressees addressees, Notices notices) {
        this.consumer = consumer;
        this.addressees = addressees;
        this.notices = notices;
    }

    @Incoming("client-events")
    public Uni<Void> onClientEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.CLIENT;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case CLIENT_REGISTERED -> {
                ClientRegisteredV1 registered = event.data(ClientRegisteredV1.class);
                yield announced(registered.clientId(), registered.legalName(), registered.contacts(),
                        registered.registeredAt());
            }
            case CLIENT_UPDATED -> {
                ClientUpdatedV1 updated = event.data(ClientUpdatedV1.class);
                yield announced(updated.clientId(), updated.legalName(), updated.contacts(), updated.updatedAt());
            }
            case QUOTATION_ISSUED -> {
                QuotationIssuedV1 quotation = event.data(QuotationIssuedV1.class);
                yield notices.record(event.id(), NoticeKind.QUOTATION_ISSUED, quotation.clientId(),
                        quotation.issuedAt(), Map.of("version", Integer.toString(quotation.version()),
                                "totalPrice", quotation.totalPrice().toPlainString(),
                                "currency", quotation.currency(), "validUntil", Facts.date(quotation.validUntil())));
            }
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }

    private Uni<Void> announced(UUID clientId, String name, List<Contact> contacts, Instant at) {
        return addressees.announced(clientId, name, contacts, at)
                .flatMap(changed -> changed ? notices.contactsKnown(clientId) : Uni.createFrom().voidItem());
    }
}
