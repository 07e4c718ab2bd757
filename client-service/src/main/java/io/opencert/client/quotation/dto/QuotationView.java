package io.opencert.client.quotation.dto;

import io.opencert.client.client.dto.SiteView;
import io.opencert.client.client.dto.TransferView;
import io.opencert.client.quotation.Quotation;
import io.opencert.client.quotation.QuotationStatus;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.Standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quotation: {@code revision} counts the client's quotations, {@code version} changes with every change of this one
 * (its ETag); {@code sites}: every site the client applied for, all certified; the audits of the cycle with days, the
 * sample of sites each visits ({@code siteDays}) and prices, and the reason for every number of the calculation.
 * {@code transfer} (with the {@code preTransferReview}, how many open nonconformities it found major and who did
 * it) is the certificate whose cycle a transfer continues,
 * {@code cloudExtension} when a certified client's cloud extension is audited; both empty for a whole cycle.
 */
public record QuotationView(UUID id, UUID clientId, int revision, int version, QuotationStatus status,
                            UUID questionnaireId, TransferView transfer, String preTransferReview,
                            Integer preTransferOpenMajorNonconformities, String preTransferReviewedBy,
                            CloudExtension cloudExtension, int persons, String scope, List<Standard> standards,
                            List<SiteView> sites, List<AuditLine> audits, List<Reason> reasons,
                            int auditTimeTableVersion, LocalDate tariffValidFrom, BigDecimal totalDays,
                            BigDecimal totalPrice, String currency, Instant createdAt, Instant issuedAt,
                            LocalDate validUntil, UUID supersededBy) {

    /** One audit of the cycle: days, where they are spent, and price including the fees that come with it. */
    public record AuditLine(AuditType type, int number, BigDecimal days, String siteDays, BigDecimal price) {
    }

    public record Reason(String item, String value, String reason) {
    }

    public static QuotationView of(Quotation q, LocalDate today) {
        return new QuotationView(q.id, q.clientId, q.revision, q.version, q.statusOn(today), q.questionnaireId,
                TransferView.of(q.transfer), q.preTransferReview, q.preTransferOpenMajors, q.preTransferReviewedBy,
                q.cloudExtension, q.persons, q.scope, q.standards.stream().sorted().toList(), q.sites.stream().map(SiteView::of).toList(),
                q.audits.stream().map(audit -> new AuditLine(audit.type, audit.number, audit.days, audit.siteDays,
                        audit.price)).toList(),
                q.reasons.stream().map(reason -> new Reason(reason.item, reason.value, reason.reason)).toList(),
                q.auditTimeTableVersion, q.tariffValidFrom,
                q.audits.stream().map(audit -> audit.days).reduce(BigDecimal.ZERO, BigDecimal::add),
                q.totalPrice, q.currency, q.createdAt, q.issuedAt, q.validUntil, q.supersededBy);
    }

    /** As a client user sees it: without the body's own review of the previous body's certificate. */
    public QuotationView forClientUser() {
        return new QuotationView(id, clientId, revision, version, status, questionnaireId, transfer, null, null, null,
                cloudExtension, persons, scope, standards, sites, audits, reasons, auditTimeTableVersion,
                tariffValidFrom, totalDays, totalPrice, currency, createdAt, issuedAt, validUntil, supersededBy);
    }
}
