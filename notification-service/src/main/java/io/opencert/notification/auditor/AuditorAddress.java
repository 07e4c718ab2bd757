package io.opencert.notification.auditor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An auditor as the mails address them: by the username audit teams name them with. */
@Entity
@Table(name = "auditor_address")
public class AuditorAddress {
    @Id
    private String username;

    @Column(nullable = false)
    private String name;

    /** Null when the auditor was registered without one: they get no mail. */
    private String email;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    protected AuditorAddress() {
    }

    static AuditorAddress of(String username, String name, String email, Instant registeredAt) {
        AuditorAddress address = new AuditorAddress();
        address.username = username;
        address.name = name;
        address.email = email;
        address.registeredAt = OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC);
        return address;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }
}
