package io.opencert.client.impartiality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry of the impartiality register: who consulted which client, from when to when. */
@Entity
public class Consultancy {
    public enum Consultant {
        CERTIFICATION_BODY,
        AUDITOR
    }

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Consultant consultant;

    /** The auditor's username when an auditor consulted. */
    public String auditor;

    @Column(nullable = false)
    public String description;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    /** Empty while the relationship goes on. */
    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public Impartiality.Relationship relationship() {
        return new Impartiality.Relationship(auditor, fromDate, toDate);
    }
}
