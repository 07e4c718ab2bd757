package io.opencert.notification.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Whether a client's contact wants reminders, with the unguessable token of the link in each reminder that stops
 * them without a login. Made with the first reminder to the contact; who stopped or restarted them is kept.
 */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreference {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "opted_out_at")
    private OffsetDateTime optedOutAt;

    @Column(name = "opted_out_by")
    private String optedOutBy;

    protected ReminderPreference() {
    }

    static ReminderPreference of(UUID clientId, String email) {
        ReminderPreference preference = new ReminderPreference();
        preference.id = UUID.randomUUID();
        preference.clientId = clientId;
        preference.email = email;
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        preference.token = HexFormat.of().formatHex(random);
        return preference;
    }

    /** Stops the reminders; stopping them again keeps who stopped them first. */
    void optOut(String by, Instant at) {
        if (optedOutAt == null) {
            optedOutAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            optedOutBy = by;
        }
    }

    void optIn() {
        optedOutAt = null;
        optedOutBy = null;
    }

    public UUID clientId() {
        return clientId;
    }

    public String email() {
        return email;
    }

    public String token() {
        return token;
    }

    public boolean wantsReminders() {
        return optedOutAt == null;
    }

    public Instant optedOutAt() {
        return optedOutAt == null ? null : optedOutAt.toInstant();
    }

    public String optedOutBy() {
        return optedOutBy;
    }
}
