package io.opencert.audit.report;

import io.opencert.commons.pdf.PdfRendering;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The PDF of each of the audits whose report was asked for last, printed once and given again while the report
 * states the same: asking again, even many times at once, prints nothing new. The report itself is the version: any
 * change to the audit, its findings, their answers or its profile makes it state something else, and so prints a
 * fresh PDF.
 */
@ApplicationScoped
class PrintedReports {
    /** Enough for the audits being reviewed at a time; a report of a larger one is printed again when asked for. */
    private static final int AUDITS = 32;

    private final PdfRendering rendering;
    private final AuditReportPdf layout = new AuditReportPdf();
    private final Map<UUID, Printed> printed = new LinkedHashMap<>(AUDITS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Printed> eldest) {
            return size() > AUDITS;
        }
    };

    PrintedReports(PdfRendering rendering) {
        this.rendering = rendering;
    }

    /** The report as PDF, printed unless the same report was printed before. */
    Uni<byte[]> pdf(AuditReportDocument report) {
        Printed entry;
        synchronized (printed) {
            entry = printed.get(report.auditId());
            if (entry == null || !entry.report().equals(report)) {
                // memoized: whoever asks while it is printed waits for the same PDF
                entry = new Printed(report, rendering.render(() -> layout.render(report)).memoize().indefinitely());
                printed.put(report.auditId(), entry);
            }
        }
        Printed asked = entry;
        return asked.pdf().onFailure().invoke(() -> forget(asked));
    }

    /** A report that could not be printed is printed again when asked for next. */
    private void forget(Printed entry) {
        synchronized (printed) {
            printed.remove(entry.report().auditId(), entry);
        }
    }

    private record Printed(AuditReportDocument report, Uni<byte[]> pdf) {
    }
}
