package io.opencert.audit.nonconformity;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Reminds clients of their answers to nonconformities daily (cron {@code cb.audit.response-reminder-cron}). Replicas
 * running it at once find the same nonconformities; the reminder recorded per nonconformity and due date lets each
 * be reminded of once.
 */
@ApplicationScoped
public class ResponseRemindersJob {
    private static final Logger LOG = Logger.getLogger(ResponseRemindersJob.class);

    private final ResponseReminders reminders;

    ResponseRemindersJob(ResponseReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "nonconformity-response-reminders", cron = "{cb.audit.response-reminder-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return reminders.run("scheduler")
                .invoke(run -> LOG.infof("nonconformity response reminders of %s: %d audits", run.today(),
                        run.reminded().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "nonconformity response reminders failed; the next run "
                        + "catches up"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
