package io.opencert.certificate.complaint;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** What a complaint and an appeal share: the reference the person quotes, and the handling from receipt on. */
@MappedSuperclass
abstract class HandledMatter extends PanacheEntityBase {
    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true)
    private String reference;

    /**
     * Received at {@code at}; its reference begins with {@code prefix} (C for a complaint, A for an appeal). Gives the
     * handling to keep: each entity embeds its own (Hibernate does not enhance one embedded in a mapped superclass).
     */
    Handling beginHandling(String prefix, Instant at) {
        id = UUID.randomUUID();
        reference = References.next(prefix, at);
        return Handling.receivedAt(at);
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    abstract Handling handling();

    /** The day (UTC) a deadline falls on, as the events give it. */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
