package io.opencert.notification.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.Topics;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Certificates from certificate-service (topic cb.certificate-events): the client is told of each certification
 * decision's effect on its certificate, and reminded of its expiry 90, 60 and 30 days before.
 */
@ApplicationScoped
public class CertificateEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final Notices notices;

    CertificateEventsConsumer(EventConsumer consumer, Notices notices) {
        this.consumer = consumer;
        this.notices = notices;
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
            case CERTIFICATE_ISSUED -> {
                CertificateIssuedV1 issued = event.data(CertificateIssuedV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_ISSUED, issued.clientId(), issued.issuedAt(),
                        Map.of("number", issued.number(), "standard", issued.standard().title(),
                                "scope", issued.scope(), "sites", Facts.sites(issued.sites()),
                                "issueDate", Facts.date(issued.issueDate()),
                                "expiryDate", Facts.date(issued.expiryDate())));
            }
            case CERTIFICATE_RENEWED -> {
                CertificateRenewedV1 renewed = event.data(CertificateRenewedV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_RENEWED, renewed.clientId(),
                        renewed.renewedAt(), Map.of("number", renewed.number(),
                                "revision", Integer.toString(renewed.revision()),
                                "standard", renewed.standard().title(), "scope", renewed.scope(),
                                "issueDate", Facts.date(renewed.issueDate()),
                                "expiryDate", Facts.date(renewed.expiryDate())));
            }
            case CERTIFICATE_SUSPENDED -> {
                CertificateSuspendedV1 suspended = event.data(CertificateSuspendedV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_SUSPENDED, suspended.clientId(),
                        startOf(suspended.suspendedOn()), Map.of("number", suspended.number(),
                                "reason", suspended.reason(), "suspendedOn", Facts.date(suspended.suspendedOn()),
                                "suspendedUntil", Facts.date(suspended.suspendedUntil())));
            }
            case CERTIFICATE_REINSTATED -> {
                CertificateReinstatedV1 reinstated = event.data(CertificateReinstatedV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_REINSTATED, reinstated.clientId(),
                        startOf(reinstated.reinstatedOn()), Map.of("number", reinstated.number(),
                                "reinstatedOn", Facts.date(reinstated.reinstatedOn()),
                                "expiryDate", Facts.date(reinstated.expiryDate())));
            }
            case CERTIFICATE_WITHDRAWN -> {
                CertificateWithdrawnV1 withdrawn = event.data(CertificateWithdrawnV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_WITHDRAWN, withdrawn.clientId(),
                        startOf(withdrawn.withdrawnOn()), Map.of("number", withdrawn.number(),
                                "reason", withdrawn.reason(), "withdrawnOn", Facts.date(withdrawn.withdrawnOn())));
            }
            case CERTIFICATE_EXPIRING -> {
                CertificateExpiringV1 expiring = event.data(CertificateExpiringV1.class);
                yield notices.record(event.id(), NoticeKind.CERTIFICATE_EXPIRING, expiring.clientId(),
                        startOf(expiring.noticeDate()), Map.of("number", expiring.number(),
                                "expiryDate", Facts.date(expiring.expiryDate()),
                                "daysBeforeExpiry", Integer.toString(expiring.daysBeforeExpiry())));
            }
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }

    /** The events that carry a day rather than an instant occurred during it. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
