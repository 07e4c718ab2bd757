package io.opencert.scheduling.auditor;

import io.opencert.commons.security.CurrentUser;
import io.quarkus.security.ForbiddenException;

/** Things of one auditor that the auditor themself (matched by username) may also touch. */
public final class AuditorAccess {

    /** Passes for the auditor themself or anyone with one of the roles; 403 otherwise. */
    public static void requireSelfOr(Auditor auditor, CurrentUser user, String... roles) {
        if (auditor.username.equals(user.username())) {
            return;
        }
        for (String role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("Only " + auditor.username + " or " + String.join(", ", roles) + " may do this.");
    }

    private AuditorAccess() {
    }
}
