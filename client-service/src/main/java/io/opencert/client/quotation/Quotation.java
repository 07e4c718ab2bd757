package io.opencert.client.quotation;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The price of a certification cycle offered to a client, from its audit time and the tariff. */
@Entity
public class Quotation {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The persons the audit time was calculated from. */
    public int persons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuotationStatus status;

    @ElementCollection
    @CollectionTable(name = "quotation_audit", joinColumns = @JoinColumn(name = "quotation_id"))
    @OrderColumn(name = "position")
    public List<QuotedAudit> audits = new ArrayList<>();

    @Column(name = "total_price", nullable = false)
    public BigDecimal totalPrice;

    @Column(nullable = false)
    public String currency;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** The last day on which the client can accept. */
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Version
    public int version;

    /** Only an issued quotation can be accepted, and only until the end of its last valid day (UTC). */
    public void accept(String by, Instant at) {
        if (status != QuotationStatus.ISSUED) {
            throw new RuleViolation("quotation-not-issued", "Quotation not open for acceptance",
                    "The quotation is " + status + "; only an issued quotation can be accepted.");
        }
        if (LocalDate.ofInstant(at, ZoneOffset.UTC).isAfter(validUntil)) {
            throw new RuleViolation("quotation-expired", "Quotation expired",
                    "The quotation was valid until " + validUntil + "; ask for a new quotation.");
        }
        status = QuotationStatus.ACCEPTED;
        acceptedAt = at;
        acceptedBy = by;
    }

    /** Days of each audit type of the cycle, in cycle order (each surveillance audit has the same days). */
    public Map<AuditType, BigDecimal> daysPerAuditType() {
        Map<AuditType, BigDecimal> days = new LinkedHashMap<>();
        audits.forEach(audit -> days.putIfAbsent(audit.type, audit.days));
        return days;
    }
}
