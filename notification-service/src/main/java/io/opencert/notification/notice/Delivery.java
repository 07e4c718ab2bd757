package io.opencert.notification.notice;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.notification.addressee.Recipient;
import io.opencert.notification.rules.NotificationRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** One mail of a notice to one recipient, written when the notice was made, and what became of it. */
@Entity
@Table(name = "delivery")
public class Delivery {
    private static final int ERROR_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "notice_id", nullable = false)
    private UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeKind kind;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    /** The iCalendar event the mail carries, or null. */
    private String calendar;

    /** For a reminder: where the recipient stops them, also given to mail clients as List-Unsubscribe. */
    @Column(name = "opt_out_url")
    private String optOutUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected Delivery() {
    }

    static Delivery of(Notice notice, Recipient recipient, MailText mail, String optOutUrl, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.noticeId = notice.id();
        delivery.kind = notice.kind();
        delivery.clientId = notice.clientId();
        delivery.recipient = recipient.email();
        delivery.recipientName = recipient.name();
        delivery.subject = mail.subject();
        delivery.textBody = mail.text();
        delivery.htmlBody = mail.html();
        delivery.calendar = mail.calendar();
        delivery.optOutUrl = optOutUrl;
        delivery.state = DeliveryState.PENDING;
        delivery.nextAttemptAt = utc(now);
        delivery.createdAt = utc(now);
        return delivery;
    }

    void sent(Instant at) {
        attempts++;
        state = DeliveryState.SENT;
        sentAt = utc(at);
        lastError = null;
    }

    /** A refused try: tried again after the schedule's wait, or undeliverable when the schedule gives it up. */
    void refused(String error, Instant at, RetrySchedule schedule) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        Optional<Duration> wait = schedule.waitAfter(attempts);
        if (wait.isPresent()) {
            nextAttemptAt = utc(at.plus(wait.get()));
        } else {
            state = DeliveryState.UNDELIVERABLE;
        }
    }

    /** Staff send an undeliverable mail again (e.g. after the contact's address was corrected at the relay). */
    void sendAgain(Instant at) {
        if (state != DeliveryState.UNDELIVERABLE) {
            throw new RuleViolation(NotificationRule.SEND_AGAIN_ONLY_UNDELIVERABLE,
                    "The mail to " + recipient + " is " + state + "; only an undeliverable one is sent again.");
        }
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = utc(at);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public UUID clientId() {
        return clientId;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String calendar() {
        return calendar;
    }

    public String optOutUrl() {
        return optOutUrl;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant sentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }
}
