package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.DailyFile;
import io.opencert.certificate.certsearch.dto.DailyFileRun;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * One CSV file per day of the changes IAF CertSearch is to learn of ({@code certsearch-<date>.csv}), written once the
 * day is over and never rewritten: a later run for the same day keeps the file that was delivered.
 */
@ApplicationScoped
public class CertSearchDailyFile {
    private static final String PREFIX = "certsearch-";
    private static final String SUFFIX = ".csv";

    private final CertSearchExport export;
    private final WriteOnceFiles files;
    private final Clock clock;

    CertSearchDailyFile(CertSearchExport export, CertSearchSettings settings, Clock clock) {
        this.export = export;
        this.files = new WriteOnceFiles(Path.of(settings.exportDirectory()));
        this.clock = clock;
    }

    /** Writes the file of a day that is over, unless it exists. */
    public Uni<DailyFileRun> write(LocalDate day) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!day.isBefore(today)) {
            throw new InvalidInput("date", "must be a day that is over, before " + today);
        }
        // the database is read on the event loop, the file written on a worker thread
        return export.all(ExportWindow.day(day)).flatMap(certifications -> blocking(() -> {
            boolean written = files.write(name(day), CertSearchCsv.of(certifications));
            return new DailyFileRun(file(day), written);
        }));
    }

    /** The written files, the newest first. Blocking: call from a worker thread. */
    public List<DailyFile> list() {
        return files.names(PREFIX + "\\d{4}-\\d{2}-\\d{2}\\" + SUFFIX).reversed().stream()
                .map(name -> file(LocalDate.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))))
                .toList();
    }

    /** The file's content. Blocking: call from a worker thread. */
    public byte[] read(LocalDate day) {
        return files.read(name(day)).orElseThrow(() -> new NotFoundProblem("No CertSearch file for " + day + "."));
    }

    public static String name(LocalDate day) {
        return PREFIX + day + SUFFIX;
    }

    private DailyFile file(LocalDate day) {
        return new DailyFile(day, name(day), files.size(name(day)));
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
