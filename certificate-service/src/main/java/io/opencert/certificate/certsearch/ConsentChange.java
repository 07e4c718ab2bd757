package io.opencert.certificate.certsearch;

import io.opencert.certificate.certsearch.dto.ConsentView;
import io.opencert.certificate.certsearch.dto.ConsentView.RecordedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a holder's consent to publication in IAF CertSearch, given or withdrawn, as recorded: never changed
 * afterwards. The latest change of a client is its consent.
 */
@Entity
@Table(name = "certsearch_consent_change")
public class ConsentChange {
    @Id
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private boolean consented;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_as", nullable = false)
    private RecordedAs recordedAs;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column
    private String note;

    protected ConsentChange() {
    }

    private ConsentChange(UUID clientId, boolean consented, String recordedBy, RecordedAs recordedAs,
                          Instant recordedAt, String note) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.consented = consented;
        this.recordedBy = recordedBy;
        this.recordedAs = recordedAs;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    static ConsentChange given(UUID clientId, String by, RecordedAs as, Instant at, String note) {
        return new ConsentChange(clientId, true, by, as, at, note);
    }

    static ConsentChange withdrawn(UUID clientId, String by, RecordedAs as, Instant at, String note) {
        return new ConsentChange(clientId, false, by, as, at, note);
    }

    boolean consented() {
        return consented;
    }

    ConsentView.Change view() {
        return new ConsentView.Change(consented, recordedBy, recordedAs, recordedAt, note);
    }
}
