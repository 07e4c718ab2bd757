package io.opencert.audit.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A client as client-service last published it (ClientRegistered, ClientUpdated): the name its open audits show.
 * "Who is the client" is client-service's; this is the copy audit-service keeps of what its audits need.
 */
@Entity
@Table(name = "client")
public class Client {
    @Id
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected Client() {
    }

    static Client published(UUID id, String legalName, OffsetDateTime changedAt) {
        Client client = new Client();
        client.id = id;
        client.legalName = legalName;
        client.changedAt = changedAt;
        return client;
    }

    /**
     * Takes the client's data as of a later change; an older one (a record replayed from the dead-letter topic after
     * a newer change) is ignored. True when taken.
     */
    boolean take(String legalName, OffsetDateTime changedAt) {
        if (changedAt.isBefore(this.changedAt)) {
            return false;
        }
        this.legalName = legalName;
        this.changedAt = changedAt;
        return true;
    }

    public String legalName() {
        return legalName;
    }
}
