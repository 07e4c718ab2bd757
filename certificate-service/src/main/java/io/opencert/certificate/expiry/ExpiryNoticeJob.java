package io.opencert.certificate.expiry;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the expiry notices daily (cron {@code cb.certificate.expiry-notice-cron}). When several replicas run it at
 * once, the sent-notice key lets one of them win and the others roll back.
 */
@ApplicationScoped
public class ExpiryNoticeJob {
    private static final Logger LOG = Logger.getLogger(ExpiryNoticeJob.class);

    private final ExpiryNoticeService notices;

    ExpiryNoticeJob(ExpiryNoticeService notices) {
        this.notices = notices;
    }

    @Scheduled(identity = "expiry-notices", cron = "{cb.certificate.expiry-notice-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return notices.sendDueNotices("scheduler")
                .invoke(run -> LOG.infof("expiry notices of %s: %d sent", run.noticeDate(), run.notices().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "expiry notice run failed; the next run catches up"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
