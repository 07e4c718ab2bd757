package io.opencert.client.contract;

import io.opencert.client.client.Client;
import io.opencert.client.quotation.Quotation;
import io.opencert.events.model.Standard;
import io.opencert.client.client.ClientSite;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the client bought by accepting a quotation: standards, scope and the audit days of one cycle, and the auditors
 * kept off its audits for impartiality.
 */
@Entity
public class Contract {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** One contract per quotation (unique in the database). */
    @Column(name = "quotation_id", nullable = false, unique = true)
    public UUID quotationId;

    @Column(name = "client_name", nullable = false)
    public String clientName;

    @Column(nullable = false)
    public String scope;

    @ElementCollection
    @CollectionTable(name = "contract_standard", joinColumns = @JoinColumn(name = "contract_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard")
    public Set<Standard> standards = EnumSet.noneOf(Standard.class);

    @ElementCollection
    @CollectionTable(name = "contract_audit", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    public List<ContractedAudit> audits = new ArrayList<>();

    /** Every site the client applied for, all covered by the certification, the central function first. */
    @ElementCollection
    @CollectionTable(name = "contract_site", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    public List<ClientSite> sites = new ArrayList<>();

    /** Auditors who consulted the client in the last 2 years: scheduling keeps them off its audits. */
    @ElementCollection
    @CollectionTable(name = "contract_excluded_auditor", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "auditor")
    public Set<String> excludedAuditors = new HashSet<>();

    /** Codes of the technical areas of the scope, as the review confirmed them; every audit team covers each. */
    @ElementCollection
    @CollectionTable(name = "contract_technical_area", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "area")
    public Set<String> technicalAreas = new HashSet<>();

    @Column(name = "total_price", nullable = false)
    public BigDecimal totalPrice;

    @Column(nullable = false)
    public String currency;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "signed_by", nullable = false)
    public String signedBy;

    /** True when the certification body's staff recorded the acceptance on the client's behalf. */
    @Column(name = "signed_on_behalf", nullable = false)
    public boolean signedOnBehalf;

    public static Contract of(Client client, Quotation quotation, List<String> excludedAuditors, String signedBy,
                              boolean onBehalf, Instant at) {
        Contract contract = new Contract();
        contract.clientId = client.id;
        contract.quotationId = quotation.id;
        contract.clientName = client.legalName;
        contract.scope = quotation.scope;
        contract.standards.addAll(quotation.standards);
        quotation.sites.forEach(site -> contract.sites.add(new ClientSite(site.siteId, site.name, site.city,
                site.country, site.centralFunction, site.persons)));
        contract.excludedAuditors.addAll(excludedAuditors);
        contract.technicalAreas.addAll(quotation.technicalAreas);
        quotation.daysPerAuditType().forEach((type, days) -> contract.audits.add(new ContractedAudit(type, days)));
        contract.totalPrice = quotation.totalPrice;
        contract.currency = quotation.currency;
        contract.signedAt = at;
        contract.signedBy = signedBy;
        contract.signedOnBehalf = onBehalf;
        return contract;
    }
}
