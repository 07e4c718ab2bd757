package io.opencert.certificate.complaint;

import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Period;

/**
 * The body's deadlines for complaints and appeals, counted from receipt ({@code cb.complaints.*},
 * {@code cb.appeals.*}), and how long after a certification decision it may be appealed.
 */
@ApplicationScoped
public class HandlingTerms {
    private final Deadlines complaints;
    private final Deadlines appeals;
    private final Period appealPeriod;

    HandlingTerms(@ConfigProperty(name = "cb.complaints.acknowledge-within") Duration complaintAcknowledgement,
                  @ConfigProperty(name = "cb.complaints.decide-within") Duration complaintDecision,
                  @ConfigProperty(name = "cb.appeals.acknowledge-within") Duration appealAcknowledgement,
                  @ConfigProperty(name = "cb.appeals.decide-within") Duration appealDecision,
                  @ConfigProperty(name = "cb.appeals.lodge-within") Duration appealPeriod) {
        this.complaints = new Deadlines(complaintAcknowledgement, complaintDecision);
        this.appeals = new Deadlines(appealAcknowledgement, appealDecision);
        this.appealPeriod = Period.ofDays(Math.toIntExact(appealPeriod.toDays()));
    }

    public Deadlines complaints() {
        return complaints;
    }

    public Deadlines appeals() {
        return appeals;
    }

    public Period appealPeriod() {
        return appealPeriod;
    }
}
