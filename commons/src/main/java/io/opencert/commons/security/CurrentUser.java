package io.opencert.commons.security;

import io.opencert.commons.problem.NotFoundProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking. A {@code client} user belongs to one organisation, named by the token's {@code client_id} claim;
 * everything of another organisation answers 404 to them, so ids cannot be probed.
 */
@RequestScoped
public class CurrentUser {
    public static final String CLIENT_ID_CLAIM = "client_id";

    private final SecurityIdentity identity;
    private final Instance<JsonWebToken> token;

    CurrentUser(SecurityIdentity identity, Instance<JsonWebToken> token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        if (token.isResolvable() && token.get().getClaim("preferred_username") != null) {
            return token.get().getClaim("preferred_username");
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** A user is treated as a client user when that is their only business role. */
    public boolean isClientUser() {
        return hasRole(Roles.CLIENT) && !hasRole(Roles.CB_STAFF) && !hasRole(Roles.CB_ADMIN);
    }

    /** The organisation of a client user; empty for the certification body's own people. */
    public Optional<UUID> clientId() {
        if (!token.isResolvable()) {
            return Optional.empty();
        }
        Object claim = token.get().getClaim(CLIENT_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the caller may see data of this client organisation: the certification body's office, administrators
     * and decision makers see every organisation, a client user only its own, and nobody else any (an auditor sees
     * an organisation through the audits of their team only, which audit-service decides).
     */
    public boolean maySee(UUID clientId) {
        if (hasRole(Roles.CB_STAFF) || hasRole(Roles.CB_ADMIN) || hasRole(Roles.DECISION_MAKER)) {
            return true;
        }
        return hasRole(Roles.CLIENT) && clientId().filter(own -> own.equals(clientId)).isPresent();
    }

    /** Throws the same 404 as for a missing resource when a client user reaches for another organisation's data. */
    public void requireAccessTo(UUID clientId, String what) {
        if (!maySee(clientId)) {
            throw new NotFoundProblem(what + " not found.");
        }
    }
}
