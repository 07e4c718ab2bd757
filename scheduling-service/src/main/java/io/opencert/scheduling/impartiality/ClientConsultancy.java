package io.opencert.scheduling.impartiality;

import io.opencert.scheduling.rules.Impartiality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A consultancy for a client the impartiality register learnt of: by one of the body's auditors, or the body. */
@Entity
@Table(name = "client_consultancy")
public class ClientConsultancy {
    @Id
    @Column(name = "consultancy_id")
    public UUID consultancyId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The consultant's username; null when the certification body itself consulted the client. */
    public String auditor;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    /** Null while the consultancy goes on. */
    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    protected ClientConsultancy() {
    }

    public ClientConsultancy(UUID consultancyId, UUID clientId, String auditor, LocalDate fromDate, LocalDate toDate,
                             OffsetDateTime recordedAt) {
        this.consultancyId = consultancyId;
        this.clientId = clientId;
        this.auditor = auditor;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.recordedAt = recordedAt;
    }

    /** The register recorded the consultancy again, e.g. with its end date now known. */
    public void recordAgain(String auditor, LocalDate fromDate, LocalDate toDate, OffsetDateTime recordedAt) {
        this.auditor = auditor;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.recordedAt = recordedAt;
    }

    /** As the impartiality rules see it. */
    public Impartiality.Consultancy toRule() {
        return new Impartiality.Consultancy(consultancyId, auditor, fromDate, toDate);
    }
}
