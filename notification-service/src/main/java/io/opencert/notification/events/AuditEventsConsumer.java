package io.opencert.notification.events;

import io.opencert.commons.inbox.EventConsumer;
import io.opencert.commons.inbox.IncomingEvent;
import io.opencert.commons.inbox.TopicHandler;
import io.opencert.events.Topics;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.model.DueNonconformity;
import io.opencert.notification.notice.NoticeKind;
import io.opencert.notification.notice.Notices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Comparator;
import java.util.Map;

/**
 * Audits from audit-service (topic cb.audit-events): the client is told of the nonconformities it is to answer once
 * the audit is completed, and reminded of those still unanswered before they are due.
 */
@ApplicationScoped
public class AuditEventsConsumer implements TopicHandler {
    private final EventConsumer consumer;
    private final Notices notices;

    AuditEventsConsumer(EventConsumer consumer, Notices notices) {
        this.consumer = consumer;
        this.notices = notices;
    }

    @Incoming("audit-events")
    public Uni<Void> onAuditEvent(Message<String> message) {
        return consumer.consume(message, this);
    }

    @Override
    public String topic() {
        return Topics.AUDIT;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType().orElse(null)) {
            case AUDIT_COMPLETED -> {
                AuditCompletedV1 audit = event.data(AuditCompletedV1.class);
                yield audit.nonconformitiesToAnswer() == null || audit.nonconformitiesToAnswer().isEmpty()
                        ? Uni.createFrom().voidItem()
                        : notices.record(event.id(), NoticeKind.NONCONFORMITIES_TO_ANSWER, audit.clientId(),
                        audit.completedAt(), Map.of("auditType", Facts.auditType(audit.type()),
                                "lastDayOnSite", Facts.date(audit.lastDayOnSite()),
                                "nonconformities", Facts.nonconformities(audit.nonconformitiesToAnswer())));
            }
            case NONCONFORMITY_RESPONSE_DUE -> {
                NonconformityResponseDueV1 due = event.data(NonconformityResponseDueV1.class);
                yield notices.record(event.id(), NoticeKind.NONCONFORMITY_RESPONSE_DUE, due.clientId(),
                        due.remindedAt(), Map.of("auditType", Facts.auditType(due.type()),
                                "nonconformities", Facts.nonconformities(due.nonconformities()),
                                "firstDue", Facts.date(due.nonconformities().stream()
                                        .map(DueNonconformity::responseDue).min(Comparator.naturalOrder())
                                        .orElseThrow())));
            }
            case null, default -> Uni.createFrom().voidItem(); // types we do not know (or do not act on) are ignored
        };
    }
}
