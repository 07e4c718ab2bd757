package io.opencert.certificate.lifecycle;

import io.opencert.certificate.certificate.CertificateChanges;
import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.rules.CertificateStatus;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.certificate.dto.LifecycleRun;
import io.opencert.certificate.decision.RuleDecisions;
import io.opencert.certificate.rules.CertificateLifecycle;
import io.opencert.certificate.rules.CertificateLifecycle.Action;
import io.opencert.certificate.rules.CertificateLifecycle.RunOut;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The daily lifecycle run: certificates past their expiry date expire, suspensions that ran out end in withdrawal (a
 * decision taken by that rule), whichever came first. The dates are those of the facts, not of the run, so a late run
 * changes nothing but the time it happens. Each certificate changes in a transaction of its own, with its licence,
 * log entries, events and cloud certificates: a day's changes never pile up in one session, and a run that stops
 * half-way leaves the next one only the rest to do.
 */
@ApplicationScoped
public class DailyLifecycle {
    private final CertificateQueries certificates;
    private final CertificateChanges changes;
    private final RuleDecisions rules;
    private final Clock clock;

    DailyLifecycle(CertificateQueries certificates, CertificateChanges changes, RuleDecisions rules, Clock clock) {
        this.certificates = certificates;
        this.changes = changes;
        this.rules = rules;
        this.clock = clock;
    }

    public Uni<LifecycleRun> expireAndWithdrawDue(String actor) {
        LocalDate today = LocalDate.now(clock);
        return certificates.runningOut(today)
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(() -> certificates.get(id)
                                // a cloud certificate may have fallen with its base certificate earlier in this run
                                .flatMap(certificate -> runOut(certificate, today, actor))))
                        .collect().asList())
                .map(changed -> new LifecycleRun(today,
                        changed.stream().filter(change -> change.status() == CertificateStatus.EXPIRED).toList(),
                        changed.stream().filter(change -> change.status() == CertificateStatus.WITHDRAWN).toList()));
    }

    private Uni<LifecycleRun.Change> runOut(CertificateView certificate, LocalDate today, String actor) {
        RunOut runOut = CertificateLifecycle.runOut(certificate.status(), certificate.expiryDate(),
                certificate.suspendedUntil(), today);
        if (runOut == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<CertificateView> changed = runOut.action() == Action.WITHDRAW
                ? rules.withdrawRunOut(certificate, runOut.on())
                : changes.expire(certificate.id(), runOut.on(), "Expired after " + certificate.expiryDate()
                        + " without recertification", actor);
        return changed.map(view -> new LifecycleRun.Change(view.id(), view.number(), view.status(), view.statusSince()));
    }
}
