package io.opencert.certificate.lifecycle;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Daily (cron {@code cb.certificate.lifecycle-cron}): expires certificates past their expiry date and withdraws
 * certificates whose suspension ran out. When several replicas run it at once, a certificate another replica changed
 * already is no longer due, and its version lets only one of two changing it at the same moment win.
 */
@ApplicationScoped
public class LifecycleJob {
    private static final Logger LOG = Logger.getLogger(LifecycleJob.class);

    private final DailyLifecycle lifecycle;

    LifecycleJob(DailyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(identity = "certificate-lifecycle", cron = "{cb.certificate.lifecycle-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return lifecycle.expireAndWithdrawDue("scheduler")
                .invoke(run -> LOG.infof("certificate lifecycle of %s: %d expired, %d withdrawn", run.runDate(),
                        run.expired().size(), run.withdrawn().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "certificate lifecycle run failed; the next run catches up"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
