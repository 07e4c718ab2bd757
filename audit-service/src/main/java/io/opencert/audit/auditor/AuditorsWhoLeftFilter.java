package io.opencert.audit.auditor;

import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses every endpoint to an auditor who has left the certification body, whatever token they still hold: the
 * auditor API of the field and the audit's own endpoints alike, and any added later.
 */
public class AuditorsWhoLeftFilter {
    private final AuditorDepartures departures;
    private final CurrentUser user;

    AuditorsWhoLeftFilter(AuditorDepartures departures, CurrentUser user) {
        this.departures = departures;
        this.user = user;
    }

    // an authorisation: before the body is read and before any other filter of the endpoint
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> refuseAuditorsWhoLeft() {
        return user.hasRole(Roles.AUDITOR) ? departures.requireStillWithTheBody(user.username())
                : Uni.createFrom().voidItem();
    }
}
