package io.opencert.client.contract.dto;

import io.opencert.client.client.dto.SiteView;
import io.opencert.client.contract.Contract;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contract; {@code signedOnBehalf} tells an acceptance recorded by the certification body's staff,
 * {@code excludedAuditors} the auditors who consulted the client in the last 2 years. {@code sites}: every site the
 * client applied for, all covered by the certification (each audit visits a sample, see the quotation's audits).
 * {@code technicalAreas}: the codes of the technical areas of the scope, as the review confirmed them.
 */
public record ContractView(UUID id, UUID clientId, UUID quotationId, String clientName, String scope,
                           List<String> technicalAreas, List<Standard> standards, List<SiteView> sites, List<AuditDays> audits, List<String> excludedAuditors,
                           BigDecimal totalPrice, String currency,
                           Instant signedAt, String signedBy, boolean signedOnBehalf) {

    /** Days of each audit of this type in the cycle. */
    public record AuditDays(AuditType type, BigDecimal days) {
    }

    public static ContractView of(Contract contract) {
        return new ContractView(contract.id, contract.clientId, contract.quotationId, contract.clientName,
                contract.scope, contract.technicalAreas.stream().sorted().toList(),
                contract.standards.stream().sorted().toList(),
                contract.sites.stream().map(SiteView::of).toList(),
                contract.audits.stream().map(audit -> new AuditDays(audit.type, audit.days)).toList(),
                contract.excludedAuditors.stream().sorted().toList(),
                contract.totalPrice, contract.currency, contract.signedAt, contract.signedBy, contract.signedOnBehalf);
    }

    /** As a client user sees it: without the body's impartiality register (who is excluded from its audits). */
    public ContractView forClientUser() {
        return new ContractView(id, clientId, quotationId, clientName, scope, technicalAreas, standards, sites, audits, List.of(),
                totalPrice, currency, signedAt, signedBy, signedOnBehalf);
    }
}
