package io.opencert.scheduling.watch;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the date watch daily (cron {@code cb.scheduling.date-watch-cron}). Replicas running it at once find the
 * same audits; the reminder and overdue keys let each be recorded, and reported, once.
 */
@ApplicationScoped
public class DateWatchJob {
    private static final Logger LOG = Logger.getLogger(DateWatchJob.class);

    private final DateWatchService watch;

    DateWatchJob(DateWatchService watch) {
        this.watch = watch;
    }

    @Scheduled(identity = "date-watch", cron = "{cb.scheduling.date-watch-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return watch.run("scheduler")
                .invoke(run -> LOG.infof("date watch of %s: %d reminders raised, %d surveillance audits overdue",
                        run.today(), run.remindersRaised(), run.overdueSurveillance().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "date watch failed; the next run catches up"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
