package io.opencert.events.model;

/** An audit team member, by the Keycloak username that links the auditor register to logins. */
public record TeamMember(String username, String name, TeamRole role) {
}
