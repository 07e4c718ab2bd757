package io.opencert.scheduling.programme;

import io.opencert.events.model.TeamRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person on the team of a booked audit, with the name the register had when the audit was booked. */
@Embeddable
public class TeamAssignment {
    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    protected TeamAssignment() {
    }

    public TeamAssignment(String username, String name, TeamRole role) {
        this.username = username;
        this.name = name;
        this.role = role;
    }
}
