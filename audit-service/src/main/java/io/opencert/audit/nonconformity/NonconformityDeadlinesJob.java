package io.opencert.audit.nonconformity;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Checks the deadlines of major nonconformities daily (cron {@code cb.audit.nonconformity-deadlines-cron}). Replicas
 * running it at once find the same audits; the check recorded per audit lets each be reported once.
 */
@ApplicationScoped
public class NonconformityDeadlinesJob {
    private static final Logger LOG = Logger.getLogger(NonconformityDeadlinesJob.class);

    private final NonconformityDeadlinesService deadlines;

    NonconformityDeadlinesJob(NonconformityDeadlinesService deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(identity = "nonconformity-deadlines", cron = "{cb.audit.nonconformity-deadlines-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return deadlines.run("scheduler")
                .invoke(run -> LOG.infof("nonconformity deadlines of %s: %d audits checked, %d with major "
                        + "nonconformities overdue", run.today(), run.auditsChecked(), run.overdue().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "nonconformity deadline check failed; the next run catches up"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
