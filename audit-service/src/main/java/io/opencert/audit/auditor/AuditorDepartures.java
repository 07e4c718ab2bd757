package io.opencert.audit.auditor;

import io.opencert.audit.rules.AuditRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Auditors who left the certification body: recorded as scheduling announces them, refused from the day they leave. */
@ApplicationScoped
public class AuditorDepartures {
    private static final String ENTITY = "Auditor";
    private static final Logger LOG = Logger.getLogger(AuditorDepartures.class);

    private final AuditorDepartureRepository departures;
    private final ChangeLog changeLog;
    private final Clock clock;

    AuditorDepartures(AuditorDepartureRepository departures, ChangeLog changeLog, Clock clock) {
        this.departures = departures;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * scheduling-service recorded that an auditor leaves the body: keep the day they leave. Scheduling records one
     * departure per auditor, so the first announcement stands. Runs inside the inbox transaction of the event.
     */
    public Uni<Void> onAuditorLeft(AuditorLeftV1 event, String source) {
        return departures.findById(event.username()).flatMap(known -> {
            if (known != null) {
                LOG.warnf("%s leaves the body on %s already; departure on %s from %s ignored", event.username(),
                        known.leftOn(), event.leftOn(), source);
                return Uni.createFrom().voidItem();
            }
            return departures.persist(AuditorDeparture.announced(event))
                    .flatMap(recorded -> changeLog.record(source, ENTITY, event.auditorId(), "left",
                            event.username() + " leaves the certification body on " + event.leftOn()));
        });
    }

    /** Refuses (403 former-auditor) an auditor who has left the body by today; anyone else passes. */
    @WithSession
    public Uni<Void> requireStillWithTheBody(String username) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return departures.findById(username).invoke(departure -> {
            if (departure != null && departure.hasLeftBy(today)) {
                throw new RuleViolation(AuditRule.FORMER_AUDITOR, username + " left the certification body on "
                        + departure.leftOn() + " and no longer reaches its audits.");
            }
        }).replaceWithVoid();
    }
}
