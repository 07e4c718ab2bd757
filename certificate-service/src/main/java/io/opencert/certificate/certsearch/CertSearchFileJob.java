package io.opencert.certificate.certsearch;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Daily (cron {@code cb.certsearch.daily-file-cron}): writes the IAF CertSearch file of the day before. Replicas
 * running it at once write the same day's file; one of them wins and the others leave it as it is.
 */
@ApplicationScoped
public class CertSearchFileJob {
    private static final Logger LOG = Logger.getLogger(CertSearchFileJob.class);

    private final CertSearchDailyFile files;
    private final Clock clock;

    CertSearchFileJob(CertSearchDailyFile files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Scheduled(identity = "certsearch-daily-file", cron = "{cb.certsearch.daily-file-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        return files.write(yesterday)
                .invoke(run -> LOG.infof("CertSearch file %s: %s, %d bytes", run.file().fileName(),
                        run.written() ? "written" : "kept as written before", run.file().bytes()))
                .onFailure().invoke(e -> LOG.errorf(e, "CertSearch file of %s failed; staff can write it on demand",
                        yesterday))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
