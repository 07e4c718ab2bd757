package io.opencert.notification.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.Topics;
import io.opencert.events.certificate.AppealAcknowledgedV1;
import io.opencert.events.certificate.AppealDecidedV1;
import io.opencert.events.certificate.AppealLodgedV1;
import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateRenewedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.certificate.ComplaintAcknowledgedV1;
import io.opencert.events.certificate.ComplaintDecidedV1;
import io.opencert.events.certificate.ComplaintReceivedV1;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Certificates from certificate-service (topic cb.certificate-events): the client is told of each certification
 * decision's effect on its certificate, and reminded of its expiry 90, 60 and 30 days before; whoever filed a
 * complaint or lodged an appeal hears of its receipt, its acknowledgement and its outcome.
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
            case COMPLAINT_RECEIVED -> {
                ComplaintReceivedV1 complaint = event.data(ComplaintReceivedV1.class);
                yield notices.record(event.id(), NoticeKind.COMPLAINT_RECEIVED, complaint.clientId(),
                        complaint.receivedAt(), person(complaint.complainantName(), complaint.complainantEmail(),
                                complaint.reference(), "about", Facts.complaintSubject(complaint.about(),
                                        complaint.certificateNumber()),
                                "acknowledgeBy", Facts.date(complaint.acknowledgeBy()),
                                "decideBy", Facts.date(complaint.decideBy())));
            }
            case COMPLAINT_ACKNOWLEDGED -> {
                ComplaintAcknowledgedV1 complaint = event.data(ComplaintAcknowledgedV1.class);
                yield notices.record(event.id(), NoticeKind.COMPLAINT_ACKNOWLEDGED, null, complaint.acknowledgedAt(),
                        person(complaint.complainantName(), complaint.complainantEmail(), complaint.reference(),
                                "decideBy", Facts.date(complaint.decideBy())));
            }
            case COMPLAINT_DECIDED -> {
                ComplaintDecidedV1 complaint = event.data(ComplaintDecidedV1.class);
                yield notices.record(event.id(), NoticeKind.COMPLAINT_DECIDED, null, complaint.decidedAt(),
                        person(complaint.complainantName(), complaint.complainantEmail(), complaint.reference(),
                                "upheld", complaint.upheld() ? "upheld" : "not upheld",
                                "outcome", complaint.outcome()));
            }
            case APPEAL_LODGED -> {
                AppealLodgedV1 appeal = event.data(AppealLodgedV1.class);
                yield notices.record(event.id(), NoticeKind.APPEAL_LODGED, appeal.clientId(), appeal.lodgedAt(),
                        person(appeal.appellantName(), appeal.appellantEmail(), appeal.reference(),
                                "acknowledgeBy", Facts.date(appeal.acknowledgeBy()),
                                "decideBy", Facts.date(appeal.decideBy())));
            }
            case APPEAL_ACKNOWLEDGED -> {
                AppealAcknowledgedV1 appeal = event.data(AppealAcknowledgedV1.class);
                yield notices.record(event.id(), NoticeKind.APPEAL_ACKNOWLEDGED, appeal.clientId(),
                        appeal.acknowledgedAt(), person(appeal.appellantName(), appeal.appellantEmail(),
                                appeal.reference(), "decideBy", Facts.date(appeal.decideBy())));
            }
            case APPEAL_DECIDED -> {
                AppealDecidedV1 appeal = event.data(AppealDecidedV1.class);
                yield notices.record(event.id(), NoticeKind.APPEAL_DECIDED, appeal.clientId(), appeal.decidedAt(),
                        person(appeal.appellantName(), appeal.appellantEmail(), appeal.reference(),
                                "upheld", appeal.upheld() ? "upheld" : "not upheld", "outcome", appeal.outcome()));
            }
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }

    /** The facts of a mail to the person who filed a complaint or lodged an appeal, with its reference. */
    private static Map<String, Object> person(String name, String email, String reference, String... more) {
        Map<String, Object> facts = new HashMap<>(Map.of("personName", name, "personEmail", email,
                "reference", reference));
        for (int i = 0; i < more.length; i += 2) {
            facts.put(more[i], more[i + 1]);
        }
        return facts;
    }

    /** The events that carry a day rather than an instant occurred during it. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
