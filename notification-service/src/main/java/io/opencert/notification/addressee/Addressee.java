package io.opencert.notification.addressee;

import io.opencert.events.model.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client as the mails address it: its name and the contacts client-service last announced. */
@Entity
@Table(name = "addressee")
public class Addressee {
    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Contacts contacts;

    /** A column holds one value, not a bare list. */
    record Contacts(List<Contact> people) {
    }

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected Addressee() {
    }

    static Addressee of(UUID clientId, String clientName, List<Contact> contacts, Instant at) {
        Addressee addressee = new Addressee();
        addressee.clientId = clientId;
        addressee.clientName = clientName;
        addressee.contacts = new Contacts(List.copyOf(contacts));
        addressee.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return addressee;
    }

    /**
     * Takes a change announced at {@code at}; one older than the last taken changes nothing (the topic keeps a
     * client's events in order, but a replayed dead letter may come late). An announcement without contacts (from
     * before they were announced) keeps the ones known.
     */
    boolean change(String clientName, List<Contact> contacts, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (when.isBefore(changedAt)) {
            return false;
        }
        this.clientName = clientName;
        if (contacts != null) {
            this.contacts = new Contacts(List.copyOf(contacts));
        }
        this.changedAt = when;
        return true;
    }

    public UUID clientId() {
        return clientId;
    }

    public String clientName() {
        return clientName;
    }

    public List<Contact> contacts() {
        return contacts.people();
    }

    /** Each contact once, by address (a contact listed twice is written to once). */
    public List<Recipient> recipients() {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Contact contact : contacts.people()) {
            Recipient recipient = new Recipient(contact.name(), contact.email());
            byAddress.putIfAbsent(recipient.email(), recipient);
        }
        return List.copyOf(byAddress.values());
    }
}
