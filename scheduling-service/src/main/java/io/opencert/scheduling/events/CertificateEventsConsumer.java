package io.opencert.scheduling.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.scheduling.programme.ProgrammeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class CertificateEventsConsumer {
    private final EventConsumer consumer;
    private final ProgrammeService programmes;

    CertificateEventsConsumer(EventConsumer consumer, ProgrammeService programmes) {
        this.consumer = consumer;
        this.programmes = programmes;
    }

    @Incoming("certificate-events")
    public Uni<Void> onCertificateEvent(Message<String> message) {
        return consumer.consume(message, this::handle);
    }

    Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case CERTIFICATE_ISSUED ->
                    programmes.onCertificateIssued(event.data(CertificateIssuedV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or not yet act on) are ignored
        };
    }
}
