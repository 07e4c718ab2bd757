package io.opencert.scheduling.auditor;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.commons.security.Roles;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Refuses every endpoint to an auditor who has left the certification body, whatever token they still hold: their
 * bookings, unavailability and calendar token, as audit-service refuses them their audits (ISO/IEC 17021-1 8.4).
 */
public class FormerAuditorsFilter {
    private final AuditorRepository auditors;
    private final CurrentUser user;
    private final Clock clock;

    FormerAuditorsFilter(AuditorRepository auditors, CurrentUser user, Clock clock) {
        this.auditors = auditors;
        this.user = user;
        this.clock = clock;
    }

    // an authorisation: before the body is read and before any other filter of the endpoint
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> refuseFormerAuditors() {
        if (!user.hasRole(Roles.AUDITOR)) {
            return Uni.createFrom().voidItem();
        }
        String username = user.username();
        return Panache.withSession(() -> auditors.hasLeftBy(username, LocalDate.now(clock))).invoke(left -> {
            if (left) {
                throw new RuleViolation(ProgrammeRule.FORMER_AUDITOR, username
                        + " has left the certification body and no longer reaches its planning.");
            }
        }).replaceWithVoid();
    }
}
