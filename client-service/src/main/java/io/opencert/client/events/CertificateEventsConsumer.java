package io.opencert.client.events;

import io.opencert.client.certificate.HeldCertificates;
import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateRevisedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Certificates from certificate-service (topic cb.certificate-events): client-service keeps each client's
 * certificates, to show them and to refuse quoting an initial certification to a client certified here already.
 */
@ApplicationScoped
public class CertificateEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final HeldCertificates certificates;

    CertificateEventsConsumer(EventConsumer consumer, HeldCertificates certificates) {
        this.consumer = consumer;
        this.certificates = certificates;
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
            case CERTIFICATE_ISSUED -> certificates.onIssued(event.data(CertificateIssuedV1.class), event.source());
            case CERTIFICATE_RENEWED -> certificates.onRenewed(event.data(CertificateRenewedV1.class), event.source());
            case CERTIFICATE_REVISED -> certificates.onRevised(event.data(CertificateRevisedV1.class), event.source());
            case CERTIFICATE_SUSPENDED ->
                    certificates.onSuspended(event.data(CertificateSuspendedV1.class), event.source());
            case CERTIFICATE_REINSTATED ->
                    certificates.onReinstated(event.data(CertificateReinstatedV1.class), event.source());
            case CERTIFICATE_WITHDRAWN ->
                    certificates.onWithdrawn(event.data(CertificateWithdrawnV1.class), event.source());
            case CERTIFICATE_EXPIRED -> certificates.onExpired(event.data(CertificateExpiredV1.class), event.source());
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }
}
