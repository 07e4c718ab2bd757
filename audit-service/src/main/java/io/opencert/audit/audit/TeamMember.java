package io.opencert.audit.audit;

import io.opencert.events.model.TeamRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of an audit's team, matched to logins by the Keycloak username. */
@Embeddable
class TeamMember {
    @Column(nullable = false)
    private String username;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamRole role;

    protected TeamMember() {
    }

    static TeamMember from(io.opencert.events.model.TeamMember member) {
        TeamMember entry = new TeamMember();
        entry.username = member.username();
        entry.name = member.name();
        entry.role = member.role();
        return entry;
    }

    io.opencert.events.model.TeamMember toModel() {
        return new io.opencert.events.model.TeamMember(username, name, role);
    }

    String username() {
        return username;
    }

    TeamRole role() {
        return role;
    }
}
