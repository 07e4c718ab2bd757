package io.opencert.scheduling.auditor;

import io.opencert.events.model.Standard;
import io.opencert.scheduling.storage.StandardsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person the certification body may put on audit teams; linked to their login by the Keycloak username. */
@Entity
@Table(name = "auditor")
public class Auditor {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String name;

    /** The standards this person is qualified to audit. */
    @Convert(converter = StandardsColumn.class)
    @Column(nullable = false)
    public List<Standard> standards;

    /** Qualified to lead an audit team. */
    @Column(name = "lead_auditor", nullable = false)
    public boolean leadAuditor;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
