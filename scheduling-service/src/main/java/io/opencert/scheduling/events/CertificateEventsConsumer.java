package io.opencert.scheduling.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.scheduling.programme.CertificateReactions;
import io.opencert.scheduling.programme.ProgrammeService;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class CertificateEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final ProgrammeService programmes;
    private final CertificateReactions reactions;

    CertificateEventsConsumer(EventConsumer consumer, ProgrammeService programmes, CertificateReactions reactions) {
        this.consumer = consumer;
        this.programmes = programmes;
        this.reactions = reactions;
    }

    @Incoming("certificate-events")
    public Uni<Void> onCertificateEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.CERTIFICATE;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case CERTIFICATE_ISSUED ->
                    programmes.onCertificateIssued(event.data(CertificateIssuedV1.class), event.source());
            case CERTIFICATE_RENEWED -> reactions.onRenewed(event.data(CertificateRenewedV1.class), event.source());
            case CERTIFICATE_EXPIRING -> reactions.onExpiring(event.data(CertificateExpiringV1.class), event.source());
            case CERTIFICATE_SUSPENDED ->
                    reactions.onSuspended(event.data(CertificateSuspendedV1.class), event.source());
            case CERTIFICATE_REINSTATED ->
                    reactions.onReinstated(event.data(CertificateReinstatedV1.class), event.source());
            case CERTIFICATE_WITHDRAWN ->
                    reactions.onWithdrawn(event.data(CertificateWithdrawnV1.class), event.source());
            case CERTIFICATE_EXPIRED -> reactions.onExpired(event.data(CertificateExpiredV1.class), event.source());
            case CERTIFICATE_REVISED -> reactions.onRevised(event.data(CertificateRevisedV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }
}
