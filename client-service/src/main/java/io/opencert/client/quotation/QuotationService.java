package io.opencert.client.quotation;

import io.opencert.client.audittime.AuditTime;
import io.opencert.client.audittime.AuditTimeCalculator;
import io.opencert.client.audittime.AuditTimeTable;
import io.opencert.client.client.Client;
import io.opencert.client.client.ClientRepository;
import io.opencert.client.contract.Contract;
import io.opencert.client.contract.ContractRepository;
import io.opencert.client.contract.ContractService;
import io.opencert.client.quotation.dto.AcceptanceView;
import io.opencert.client.quotation.dto.QuotationRequest;
import io.opencert.client.quotation.dto.QuotationView;
import io.opencert.client.quotation.pdf.QuotationDocument;
import io.opencert.client.tariff.Tariff;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QuotationService {
    static final String ENTITY = "Quotation";
    /** The audits of one certification cycle: initial audit in two stages, two surveillances, recertification. */
    static final List<AuditType> CYCLE = List.of(AuditType.STAGE_1, AuditType.STAGE_2, AuditType.SURVEILLANCE,
            AuditType.SURVEILLANCE, AuditType.RECERTIFICATION);

    private final AuditTimeCalculator auditTime = new AuditTimeCalculator(AuditTimeTable.iafMd5());
    private final QuotationRepository quotations;
    private final ClientRepository clients;
    private final ContractRepository contracts;
    private final Tariff tariff;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;
    private final int defaultValidDays;
    private final String certificationBody;

    QuotationService(QuotationRepository quotations, ClientRepository clients, ContractRepository contracts,
                     Tariff tariff, ChangeLog changeLog, Outbox outbox, CurrentUser user, Clock clock,
                     @ConfigProperty(name = "cb.quotation.valid-days") int defaultValidDays,
                     @ConfigProperty(name = "cb.certification-body.name") String certificationBody) {
        this.quotations = quotations;
        this.clients = clients;
        this.contracts = contracts;
        this.tariff = tariff;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
        this.defaultValidDays = defaultValidDays;
        this.certificationBody = certificationBody;
    }

    @WithTransaction
    public Uni<QuotationView> issue(QuotationRequest request) {
        return clients.findById(request.clientId()).flatMap(client -> {
            if (client == null) {
                throw new InvalidInput("clientId", "no client is registered with this id");
            }
            Quotation quotation = priced(client, request.validDays() != null ? request.validDays() : defaultValidDays);
            return quotations.persist(quotation)
                    .call(() -> changeLog.record(user.username(), ENTITY, quotation.id, "issued",
                            quotation.totalPrice + " " + quotation.currency + " for client " + client.id
                                    + ", valid until " + quotation.validUntil))
                    .call(() -> outbox.record(new QuotationIssuedV1(quotation.id, quotation.clientId,
                            quotation.version, quotation.totalPrice, quotation.currency, quotation.validUntil,
                            quotation.issuedAt)))
                    .map(QuotationView::of);
        });
    }

    /** A client user sees only their own organisation's quotations; anything else is "not found". */
    @WithSession
    public Uni<QuotationView> get(UUID id) {
        return visible(id).map(QuotationView::of);
    }

    /** What the printed quotation shows, with its client; a client user reaches only their own organisation's. */
    @WithSession
    public Uni<QuotationDocument> document(UUID id) {
        return visible(id).flatMap(quotation -> clients.findWithSites(quotation.clientId)
                .map(found -> document(quotation, found.orElseThrow(
                        () -> new NotFoundProblem(ENTITY + " not found.")))));
    }

    /**
     * The client accepts the quotation, by one of its users or through the certification body's staff on its
     * behalf (recorded as such): the quotation becomes ACCEPTED and a contract for the cycle exists.
     */
    @WithTransaction
    public Uni<AcceptanceView> accept(UUID id) {
        return visible(id).flatMap(quotation -> {
            String actor = user.username();
            boolean onBehalf = !user.isClientUser();
            Instant now = clock.instant();
            quotation.accept(actor, now);
            return clients.findWithSites(quotation.clientId).flatMap(found -> {
                Client client = found.orElseThrow();
                Contract contract = Contract.of(client, quotation, actor, onBehalf, now);
                return contracts.persist(contract)
                        .call(() -> changeLog.record(actor, ENTITY, quotation.id, "accepted", onBehalf
                                ? "accepted by the certification body on behalf of the client"
                                : "accepted by the client"))
                        .call(() -> changeLog.record(actor, ContractService.ENTITY, contract.id, "signed",
                                "from quotation " + quotation.id))
                        .call(() -> outbox.record(contractSigned(contract, client)))
                        .map(signed -> new AcceptanceView(quotation.id, signed.id, quotation.status));
            });
        });
    }

    private Uni<Quotation> visible(UUID id) {
        return quotations.findWithAudits(id).map(found -> found
                .filter(quotation -> user.maySee(quotation.clientId))
                .orElseThrow(() -> new NotFoundProblem(ENTITY + " not found.")));
    }

    private Quotation priced(Client client, int validDays) {
        AuditTime time = auditTime.calculate(client.persons);
        Quotation quotation = new Quotation();
        quotation.clientId = client.id;
        quotation.persons = client.persons;
        quotation.status = QuotationStatus.ISSUED;
        for (AuditType type : CYCLE) {
            BigDecimal days = time.daysOf(type);
            quotation.audits.add(new QuotedAudit(type, days, tariff.priceOf(type, days)));
        }
        quotation.totalPrice = quotation.audits.stream().map(audit -> audit.price)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        quotation.currency = tariff.currency().getCurrencyCode();
        quotation.issuedAt = clock.instant();
        quotation.issuedBy = user.username();
        quotation.validUntil = LocalDate.ofInstant(quotation.issuedAt, ZoneOffset.UTC).plusDays(validDays);
        return quotation;
    }

    private QuotationDocument document(Quotation quotation, Client client) {
        List<QuotationDocument.AuditLine> lines = new ArrayList<>();
        int surveillances = 0;
        for (QuotedAudit audit : quotation.audits) {
            String label = switch (audit.type) {
                case STAGE_1 -> "Stage 1";
                case STAGE_2 -> "Stage 2";
                case SURVEILLANCE -> "Surveillance " + ++surveillances;
                case RECERTIFICATION -> "Recertification";
                default -> audit.type.name().charAt(0) + audit.type.name().substring(1).toLowerCase().replace('_', ' ');
            };
            lines.add(new QuotationDocument.AuditLine(label, audit.days, audit.price));
        }
        return new QuotationDocument(certificationBody, quotation.id, quotation.version,
                LocalDate.ofInstant(quotation.issuedAt, ZoneOffset.UTC), quotation.validUntil,
                new QuotationDocument.ClientPart(client.legalName, client.registrationNumber, client.city,
                        client.country),
                client.standards.stream().sorted().map(standard -> standard.title()).toList(), client.scope, lines,
                quotation.audits.stream().map(audit -> audit.days).reduce(BigDecimal.ZERO, BigDecimal::add),
                quotation.totalPrice, quotation.currency);
    }

    private static ContractSignedV1 contractSigned(Contract contract, Client client) {
        return new ContractSignedV1(contract.id, contract.clientId, contract.clientName, contract.quotationId,
                contract.standards.stream().sorted().toList(), contract.scope,
                client.sites.stream().map(site -> new Site(site.siteId, site.name, site.city, site.country,
                        site.centralFunction, site.persons)).toList(),
                contract.audits.stream().map(audit -> new PlannedAuditDays(audit.type, audit.days)).toList(),
                List.of(), contract.signedAt);
    }
}
