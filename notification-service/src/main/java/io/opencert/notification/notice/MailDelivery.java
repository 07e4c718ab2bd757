package io.opencert.notification.notice;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Hands the due mails to the body's mail relay (every {@code cb.notification.delivery-interval}), each in the
 * transaction that claimed it: a mail the relay took is marked sent, a refused one waits for its next try
 * ({@link RetrySchedule}) and, refused too often, is undeliverable until staff send it again. Replicas claim different
 * mails. Should the database fail after the relay took a mail, that mail goes out once more on the next run: at least
 * once, as everywhere on the platform, and never once per redelivered event.
 */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final DeliveryRepository deliveries;
    private final ReactiveMailer mailer;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final int batchSize;

    MailDelivery(DeliveryRepository deliveries, ReactiveMailer mailer, Clock clock,
                 @ConfigProperty(name = "cb.notification.first-retry") Duration firstRetry,
                 @ConfigProperty(name = "cb.notification.max-attempts") int maxAttempts,
                 @ConfigProperty(name = "cb.notification.batch-size") int batchSize) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.clock = clock;
        this.schedule = new RetrySchedule(firstRetry, maxAttempts);
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "mail-delivery", every = "${cb.notification.delivery-interval}",
            delayed = "${cb.notification.delivery-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return deliverDue()
                .onFailure().invoke(e -> LOG.warnf("mail delivery run failed, the next run tries again: %s",
                        e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Sends the mails due now, one after the other; how many the relay took. */
    @WithTransaction
    public Uni<Integer> deliverDue() {
        return deliveries.claimDue(clock.instant(), batchSize).flatMap(this::sendEach);
    }

    private Uni<Integer> sendEach(List<Delivery> due) {
        Uni<Integer> sent = Uni.createFrom().item(0);
        for (Delivery delivery : due) {
            sent = sent.flatMap(count -> mailer.send(DeliveryMail.of(delivery))
                    .map(ignored -> {
                        delivery.sent(clock.instant());
                        return count + 1;
                    })
                    .onFailure().recoverWithItem(error -> {
                        LOG.warnf("mail %s to %s refused: %s", delivery.id(), delivery.recipient(), error.getMessage());
                        delivery.refused(String.valueOf(error.getMessage()), clock.instant(), schedule);
                        return count;
                    }));
        }
        return sent;
    }
}
