package io.opencert.scheduling.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.scheduling.impartiality.ImpartialityRegister;
import io.opencert.scheduling.programme.ProgrammeService;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class ClientEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final ProgrammeService programmes;
    private final ImpartialityRegister impartiality;

    ClientEventsConsumer(EventConsumer consumer, ProgrammeService programmes, ImpartialityRegister impartiality) {
        this.consumer = consumer;
        this.programmes = programmes;
        this.impartiality = impartiality;
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
            case CONTRACT_SIGNED -> programmes.onContractSigned(event.data(ContractSignedV1.class), event.source());
            case CONSULTANCY_RECORDED -> impartiality.onConsultancyRecorded(event.data(ConsultancyRecordedV1.class),
                    event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know are ignored
        };
    }
}
