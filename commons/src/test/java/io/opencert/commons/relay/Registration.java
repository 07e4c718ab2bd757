package io.opencert.commons.relay;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

@Entity
public class Registration extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "legal_name")
    public String legalName;
}
