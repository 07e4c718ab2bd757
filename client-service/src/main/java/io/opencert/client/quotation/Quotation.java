package io.opencert.client.quotation;

import io.opencert.client.client.ClientSite;
import io.opencert.client.client.TransferCertificate;
import io.opencert.client.rules.ClientRule;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.Standard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The price of a certification cycle offered to a client, from its audit time and the tariff: a revision per client
 * (a new one supersedes the open ones), DRAFT -> ISSUED -> ACCEPTED / REJECTED / EXPIRED / SUPERSEDED.
 */
@Entity
public class Quotation {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** 1 for a client's first quotation, one more for each that follows. */
    @Column(nullable = false)
    public int revision;

    /** The reviewed questionnaire the facts came from; empty when they came from the client's record. */
    @Column(name = "questionnaire_id")
    public UUID questionnaireId;

    /**
     * A transfer from another certification body: its certificate, whose cycle the quoted audits continue; empty
     * otherwise.
     */
    @Embedded
    public TransferCertificate transfer;

    /** The certification body's pre-transfer review of the transferred certificate; empty without a transfer. */
    @Column(name = "pre_transfer_review")
    public String preTransferReview;

    /** How many of the transferred certificate's open nonconformities the pre-transfer review found major. */
    @Column(name = "pre_transfer_open_majors")
    public Integer preTransferOpenMajors;

    /** The username of who did the pre-transfer review (who does not take the transfer decision). */
    @Column(name = "pre_transfer_reviewed_by")
    public String preTransferReviewedBy;

    /** For a certified client's cloud extension (ISO/IEC TR 20000-9): when it is audited; empty otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cloud_extension")
    public CloudExtension cloudExtension;

    /** The persons the audit time was calculated from. */
    public int persons;

    @Column(nullable = false)
    public String scope;

    @ElementCollection
    @CollectionTable(name = "quotation_standard", joinColumns = @JoinColumn(name = "quotation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard")
    public Set<Standard> standards = EnumSet.noneOf(Standard.class);

    /** Codes of the technical areas of the scope, as the reviewed questionnaire confirmed them. */
    @ElementCollection
    @CollectionTable(name = "quotation_technical_area", joinColumns = @JoinColumn(name = "quotation_id"))
    @Column(name = "area")
    public Set<String> technicalAreas = new HashSet<>();

    /** Every site the client applied for, all certified, the central function first; each audit visits a sample. */
    @ElementCollection
    @CollectionTable(name = "quotation_site", joinColumns = @JoinColumn(name = "quotation_id"))
    @OrderColumn(name = "position")
    public List<ClientSite> sites = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuotationStatus status;

    @ElementCollection
    @CollectionTable(name = "quotation_audit", joinColumns = @JoinColumn(name = "quotation_id"))
    @OrderColumn(name = "position")
    public List<QuotedAudit> audits = new ArrayList<>();

    /** Every number of the calculation with its reason. */
    @ElementCollection
    @CollectionTable(name = "quotation_reason", joinColumns = @JoinColumn(name = "quotation_id"))
    @OrderColumn(name = "position")
    public List<QuotationReason> reasons = new ArrayList<>();

    @Column(name = "audit_time_table_version", nullable = false)
    public int auditTimeTableVersion;

    /** The valid-from day of the tariff used; empty for the configured default. */
    @Column(name = "tariff_valid_from")
    public LocalDate tariffValidFrom;

    @Column(name = "total_price", nullable = false)
    public BigDecimal totalPrice;

    @Column(nullable = false)
    public String currency;

    /** Days the quotation stays open for acceptance from its issue. */
    @Column(name = "valid_days", nullable = false)
    public int validDays;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    /** The last day on which the client can accept. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Version
    public int version;

    /** The status on {@code today}: an issued quotation past its last valid day has expired. */
    public QuotationStatus statusOn(LocalDate today) {
        return status == QuotationStatus.ISSUED && today.isAfter(validUntil) ? QuotationStatus.EXPIRED : status;
    }

    /** A draft is sent to the client, open for acceptance for its valid days. */
    public void issue(String by, Instant at) {
        if (status != QuotationStatus.DRAFT) {
            throw new RuleViolation(ClientRule.QUOTATION_NOT_DRAFT,
                    "The quotation is " + status + "; only a draft is issued.");
        }
        status = QuotationStatus.ISSUED;
        issuedAt = at;
        issuedBy = by;
        validUntil = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(validDays);
    }

    /** Only an issued quotation can be accepted, and only until the end of its last valid day (UTC). */
    public void accept(String by, Instant at) {
        requireOpen(at);
        status = QuotationStatus.ACCEPTED;
        acceptedAt = at;
        acceptedBy = by;
    }

    public void reject(String by, Instant at) {
        requireOpen(at);
        status = QuotationStatus.REJECTED;
        rejectedAt = at;
        rejectedBy = by;
    }

    /** A newer revision replaces this one while it is still a draft or open for acceptance. */
    public boolean supersede(UUID newer) {
        if (status != QuotationStatus.DRAFT && status != QuotationStatus.ISSUED) {
            return false;
        }
        status = QuotationStatus.SUPERSEDED;
        supersededBy = newer;
        return true;
    }

    private void requireOpen(Instant at) {
        switch (statusOn(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            case ISSUED -> {
            }
            case SUPERSEDED -> throw new RuleViolation(ClientRule.QUOTATION_SUPERSEDED,
                    "Quotation revision " + revision + " was superseded by quotation " + supersededBy
                            + "; answer the newer revision.");
            case EXPIRED -> throw new RuleViolation(ClientRule.QUOTATION_EXPIRED,
                    "The quotation was valid until " + validUntil + "; ask for a new quotation.");
            default -> throw new RuleViolation(ClientRule.QUOTATION_NOT_ISSUED,
                    "The quotation is " + status + "; only an issued quotation can be accepted or rejected.");
        }
    }

    /** Days of each audit type of the cycle, in cycle order; of two audits of a type, the longer. */
    public Map<AuditType, BigDecimal> daysPerAuditType() {
        Map<AuditType, BigDecimal> days = new LinkedHashMap<>();
        audits.forEach(audit -> days.merge(audit.type, audit.days, BigDecimal::max));
        return days;
    }
}
