package io.opencert.client.quotation;

import io.opencert.client.audittime.Adjustment;
import io.opencert.client.audittime.AuditTimeInput;
import io.opencert.client.audittime.Calculation;
import io.opencert.client.calculation.AuditTimeService;
import io.opencert.client.certificate.HeldCertificate;
import io.opencert.client.certificate.HeldCertificates;
import io.opencert.client.client.Client;
import io.opencert.client.client.ClientRepository;
import io.opencert.client.client.ClientSite;
import io.opencert.client.client.TransferCertificate;
import io.opencert.client.contract.Contract;
import io.opencert.client.contract.ContractRepository;
import io.opencert.client.contract.ContractService;
import io.opencert.client.impartiality.ImpartialityService;
import io.opencert.client.questionnaire.QuestionnaireService;
import io.opencert.client.quotation.dto.AcceptanceView;
import io.opencert.client.quotation.dto.QuotationRequest;
import io.opencert.client.quotation.dto.QuotationSummary;
import io.opencert.client.quotation.dto.QuotationView;
import io.opencert.client.quotation.pdf.QuotationDocument;
import io.opencert.client.rules.AlreadyCertified;
import io.opencert.client.rules.CloudExtensionBase;
import io.opencert.client.rules.Editions;
import io.opencert.client.rules.TransferredCycle;
import io.opencert.client.tariff.Tariff;
import io.opencert.client.tariff.TariffService;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class QuotationService {
    static final String ENTITY = "Quotation";

    private final QuotationRepository quotations;
    private final ClientRepository clients;
    private final ContractRepository contracts;
    private final QuestionnaireService questionnaires;
    private final AuditTimeService auditTime;
    private final TariffService tariffs;
    private final ImpartialityService impartiality;
    private final HeldCertificates certificates;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;
    private final int defaultValidDays;
    private final String certificationBody;

    QuotationService(QuotationRepository quotations, ClientRepository clients, ContractRepository contracts,
                     QuestionnaireService questionnaires, AuditTimeService auditTime, TariffService tariffs,
                     ImpartialityService impartiality, HeldCertificates certificates, ChangeLog changeLog,
                     Outbox outbox, CurrentUser user, Clock clock,
                     @ConfigProperty(name = "cb.quotation.valid-days") int defaultValidDays,
                     @ConfigProperty(name = "cb.certification-body.name") String certificationBody) {
        this.quotations = quotations;
        this.clients = clients;
        this.contracts = contracts;
        this.questionnaires = questionnaires;
        this.auditTime = auditTime;
        this.tariffs = tariffs;
        this.impartiality = impartiality;
        this.certificates = certificates;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
        this.defaultValidDays = defaultValidDays;
        this.certificationBody = certificationBody;
    }

    /**
     * What the audit time is calculated from: a reviewed questionnaire's answers (with a transfer and its pre-transfer
     * review, if any), or the client's record.
     */
    private record Facts(UUID questionnaireId, List<ClientSite> sites, Set<Standard> standards, String scope,
                         Set<String> technicalAreas, TransferCertificate transfer, String preTransferReview,
                         Integer openMajors, String preTransferReviewedBy) {
    }

    /**
     * A new revision of the client's quotation, calculated with the table and the tariff in force today; it supersedes
     * the client's drafts and issued quotations. Issued at once (QuotationIssued) unless a draft is asked for.
     * A transfer quotes the rest of the transferred cycle, a cloud extension only its audit ({@link Offer}); a whole
     * cycle is refused for a client certified here already in one of its standards ({@link AlreadyCertified}), a
     * withdrawn edition ({@link Editions}) and a cloud extension without an active ISO/IEC 20000-1 certificate here
     * ({@link CloudExtensionBase}) always.
     */
    @WithTransaction
    public Uni<QuotationView> create(QuotationRequest request) {
        List<Adjustment> adjustments = AuditTimeService.adjustments(request.adjustments());
        LocalDate today = LocalDate.now(clock);
        return clients.findWithSites(request.clientId())
                .map(found -> found.orElseThrow(() -> new InvalidInput("clientId", "no client is registered with this id")))
                .flatMap(client -> facts(client, request.questionnaireId()))
                .flatMap(facts -> {
                    Editions.requireCertifiable(facts.standards(), today);
                    Offer offer = Offer.of(facts.standards(), facts.transfer() != null, request.cloudExtension());
                    return requireCloudBase(request.clientId(), request.cloudExtension())
                            .chain(() -> auditTime.calculate(AuditTimeService.input(facts.sites().stream()
                                    .map(site -> new AuditTimeInput.SiteInput(site.name, site.centralFunction,
                                            site.persons))
                                    .toList(), adjustments, facts.standards())))
                            .map(calculation -> offer.quote(calculation, request.cloudExtension(),
                                    facts.transfer() == null ? null : facts.transfer().expiry, today))
                            .call(calculation -> requireNotCertified(request.clientId(), facts.standards(),
                                    calculation.audits().stream().map(Calculation.PlannedAudit::type).toList()))
                            .flatMap(calculation -> tariffs.validOn(today).flatMap(tariff ->
                                    quotations.lastRevision(request.clientId()).flatMap(last -> {
                                        Quotation quotation = quotation(request, facts, calculation, tariff, last + 1);
                                        if (!request.draft()) {
                                            quotation.issue(user.username(), clock.instant());
                                        }
                                        return quotations.persist(quotation)
                                                .call(() -> supersedeOpen(quotation))
                                                .call(() -> changeLog.record(user.username(), ENTITY, quotation.id,
                                                        "created", "revision " + quotation.revision + " for client "
                                                                + quotation.clientId + ": " + quotation.totalPrice + " "
                                                                + quotation.currency + ", audit time table version "
                                                                + quotation.auditTimeTableVersion))
                                                .call(() -> request.draft() ? Uni.createFrom().voidItem()
                                                        : announceIssue(quotation));
                                    })));
                })
                .map(quotation -> QuotationView.of(quotation, today));
    }

    /**
     * A draft goes to the client: ISSUED, valid from today for its valid days; announces QuotationIssued. Refused for a
     * whole cycle when the client was certified here in one of its standards since the draft was made, for a withdrawn
     * edition, and for a cloud extension whose ISO/IEC 20000-1 certificate is no longer active.
     */
    @WithTransaction
    public Uni<QuotationView> issue(UUID id) {
        return visible(id).flatMap(quotation -> {
            quotation.issue(user.username(), clock.instant());
            return requireSellable(quotation)
                    .flatMap(ignored -> quotations.flush()).call(() -> announceIssue(quotation))
                    .map(ignored -> QuotationView.of(quotation, LocalDate.now(clock)));
        });
    }

    /** A client user sees only their own organisation's quotations; anything else is "not found". */
    @WithSession
    public Uni<QuotationView> get(UUID id) {
        return visible(id).map(quotation -> asSeen(QuotationView.of(quotation, LocalDate.now(clock))));
    }

    /** What the caller may see of it: a client user not the body's own review of a transfer. */
    private QuotationView asSeen(QuotationView view) {
        return user.isClientUser() ? view.forClientUser() : view;
    }

    @WithSession
    public Uni<Page<QuotationSummary>> list(UUID clientId, PageRequest page) {
        user.requireAccessTo(clientId, "Client");
        LocalDate today = LocalDate.now(clock);
        return Page.of(quotations.ofClient(clientId), page, quotation -> QuotationSummary.of(quotation, today));
    }

    /** What the printed quotation shows, with its client; a client user reaches only their own organisation's. */
    @WithSession
    public Uni<QuotationDocument> document(UUID id) {
        return visible(id).flatMap(quotation -> clients.findWithSites(quotation.clientId)
                .map(found -> document(quotation, found.orElseThrow(
                        () -> new NotFoundProblem(ENTITY + " not found.")))));
    }

    /** The client declines an issued quotation (its user, or staff on its behalf). */
    @WithTransaction
    public Uni<QuotationView> reject(UUID id) {
        return visible(id).flatMap(quotation -> {
            quotation.reject(user.username(), clock.instant());
            return quotations.flush()
                    .call(() -> changeLog.record(user.username(), ENTITY, quotation.id, "rejected", onBehalf()
                            ? "rejected by the certification body on behalf of the client" : "rejected by the client"))
                    .map(ignored -> QuotationView.of(quotation, LocalDate.now(clock)));
        });
    }

    /**
     * The client accepts the quotation, by one of its users or through the certification body's staff on its
     * behalf (recorded as such): refused when the certification body consulted the client in the last 2 years;
     * the quotation becomes ACCEPTED and a contract for the cycle exists, naming the auditors to keep off its audits.
     * A whole cycle is refused when the client was certified here in one of its standards since it was issued; a
     * withdrawn edition, and a cloud extension whose ISO/IEC 20000-1 certificate is no longer active, are refused too.
     */
    @WithTransaction
    public Uni<AcceptanceView> accept(UUID id) {
        return visible(id).flatMap(quotation -> impartiality.auditorsToExclude(quotation.clientId).flatMap(excluded -> {
            String actor = user.username();
            boolean onBehalf = onBehalf();
            Instant now = clock.instant();
            quotation.accept(actor, now);
            return requireSellable(quotation).chain(() -> clients.findById(quotation.clientId)).flatMap(client -> {
                Contract contract = Contract.of(client, quotation, excluded, actor, onBehalf, now);
                return contracts.persist(contract)
                        .call(() -> changeLog.record(actor, ENTITY, quotation.id, "accepted", onBehalf
                                ? "accepted by the certification body on behalf of the client"
                                : "accepted by the client"))
                        .call(() -> changeLog.record(actor, ContractService.ENTITY, contract.id, "signed",
                                "from quotation " + quotation.id + (excluded.isEmpty() ? ""
                                        : ", auditors excluded for impartiality: " + String.join(", ", excluded))))
                        .call(() -> outbox.record(contractSigned(contract, quotation)))
                        .map(signed -> new AcceptanceView(quotation.id, signed.id, quotation.status));
            });
        }));
    }

    /**
     * What must still hold when a quotation is issued or accepted, since the client's certificates or the calendar
     * may have moved on: its editions are certifiable (409 edition-withdrawn), a transfer's quoted surveillances are
     * still due (409 transfer-quotation-outdated), a cloud extension has its active ISO/IEC 20000-1 certificate (409
     * cloud-extension-needs-active-certificate), a whole cycle is not for a client certified here already (409
     * already-certified).
     */
    private Uni<Void> requireSellable(Quotation quotation) {
        return Uni.createFrom().voidItem()
                .invoke(() -> Editions.requireCertifiable(quotation.standards, LocalDate.now(clock)))
                .invoke(() -> requireTransferStillDue(quotation))
                .chain(() -> requireCloudBase(quotation.clientId, quotation.cloudExtension))
                .chain(() -> requireNotCertified(quotation.clientId, quotation.standards,
                        quotation.audits.stream().map(audit -> audit.type).toList()));
    }

    /**
     * A transfer quotation made earlier is issued or accepted only while the transferred certificate is valid and every
     * surveillance it quotes is still due: 409 transferred-certificate-expired or transfer-quotation-outdated.
     */
    private void requireTransferStillDue(Quotation quotation) {
        if (quotation.transfer == null) {
            return;
        }
        TransferredCycle.requireStillDue(quotation.transfer.expiry, quotation.audits.stream()
                .filter(audit -> audit.type == AuditType.SURVEILLANCE).map(audit -> audit.number).toList(),
                LocalDate.now(clock));
    }

    /**
     * A cloud extension only for a client holding an active (not suspended, withdrawn or expired) ISO/IEC 20000-1
     * certificate here: 409 cloud-extension-needs-active-certificate; anything else passes.
     */
    private Uni<Void> requireCloudBase(UUID clientId, CloudExtension cloudExtension) {
        if (cloudExtension == null) {
            return Uni.createFrom().voidItem();
        }
        return certificates.ofClient(clientId)
                .invoke(held -> CloudExtensionBase.requireBase(held.stream().map(QuotationService::held).toList(),
                        LocalDate.now(clock)))
                .replaceWithVoid();
    }

    /**
     * Refuses audits that plan the initial certification of {@code standards} while the client holds a live (or still
     * restorable) certificate of one of them here: 409 already-certified.
     */
    private Uni<Void> requireNotCertified(UUID clientId, Collection<Standard> standards, List<AuditType> audits) {
        if (!AlreadyCertified.isInitialCertification(audits)) {
            return Uni.createFrom().voidItem();
        }
        return certificates.ofClient(clientId)
                .invoke(held -> AlreadyCertified.requireNotCertified(standards, audits,
                        held.stream().map(QuotationService::held).toList(), LocalDate.now(clock)))
                .replaceWithVoid();
    }

    private static AlreadyCertified.Held held(HeldCertificate certificate) {
        return new AlreadyCertified.Held(certificate.number(), certificate.standard(), certificate.status(),
                certificate.expiryDate());
    }

    private boolean onBehalf() {
        return !user.isClientUser();
    }

    private Uni<Facts> facts(Client client, UUID questionnaireId) {
        if (questionnaireId == null) {
            return Uni.createFrom().item(new Facts(null, client.sites, client.standards, client.scope, Set.of(), null,
                    null, null, null));
        }
        return questionnaires.complete(questionnaireId).map(questionnaire -> {
            if (!questionnaire.clientId.equals(client.id)) {
                throw new InvalidInput("questionnaireId", "is another client's questionnaire");
            }
            questionnaire.requireReviewed();
            return new Facts(questionnaire.id, questionnaire.sites, questionnaire.standards, questionnaire.scope,
                    questionnaire.technicalAreas, questionnaire.transfer, questionnaire.preTransferReview, questionnaire.preTransferOpenMajors,
                    questionnaire.transfer == null ? null : questionnaire.reviewedBy);
        });
    }

    private Uni<Void> supersedeOpen(Quotation newer) {
        return quotations.open(newer.clientId).flatMap(open -> {
            List<Quotation> superseded = open.stream()
                    .filter(older -> !older.id.equals(newer.id) && older.supersede(newer.id)).toList();
            Uni<Void> recorded = Uni.createFrom().voidItem();
            for (Quotation older : superseded) {
                recorded = recorded.call(() -> changeLog.record(user.username(), ENTITY, older.id, "superseded",
                        "by revision " + newer.revision + " (" + newer.id + ")"));
            }
            return recorded;
        });
    }

    private Uni<Void> announceIssue(Quotation quotation) {
        return changeLog.record(user.username(), ENTITY, quotation.id, "issued",
                        quotation.totalPrice + " " + quotation.currency + " for client " + quotation.clientId
                                + ", valid until " + quotation.validUntil)
                .call(() -> outbox.record(new QuotationIssuedV1(quotation.id, quotation.clientId, quotation.revision,
                        quotation.totalPrice, quotation.currency, quotation.validUntil, quotation.issuedAt)));
    }

    private Uni<Quotation> visible(UUID id) {
        return quotations.findComplete(id).map(found -> found
                .filter(quotation -> user.maySee(quotation.clientId))
                .orElseThrow(() -> new NotFoundProblem(ENTITY + " not found.")));
    }

    private Quotation quotation(QuotationRequest request, Facts facts, Calculation calculation, Tariff tariff,
                                int revision) {
        Quotation quotation = new Quotation();
        quotation.clientId = request.clientId();
        quotation.revision = revision;
        quotation.questionnaireId = facts.questionnaireId();
        TransferCertificate transfer = facts.transfer();
        if (transfer != null) {
            quotation.transfer = new TransferCertificate(transfer.certificateNumber, transfer.body, transfer.expiry,
                    transfer.openNonconformities);
            quotation.preTransferReview = facts.preTransferReview();
            quotation.preTransferOpenMajors = facts.openMajors();
            quotation.preTransferReviewedBy = facts.preTransferReviewedBy();
        }
        quotation.cloudExtension = request.cloudExtension();
        quotation.persons = calculation.time().persons();
        quotation.scope = facts.scope();
        quotation.technicalAreas.addAll(facts.technicalAreas());
        quotation.standards.addAll(facts.standards());
        // every applied-for site is certified; each audit visits only its sample (the audits' site days)
        facts.sites().stream().sorted(Comparator.comparing((ClientSite site) -> !site.centralFunction))
                .forEach(site -> quotation.sites.add(new ClientSite(site.siteId, site.name, site.city, site.country,
                        site.centralFunction, site.persons)));
        for (Calculation.PlannedAudit audit : calculation.audits()) {
            String siteDays = audit.sites().stream().map(site -> site.site() + " " + site.days().toPlainString())
                    .collect(Collectors.joining(", "));
            quotation.audits.add(new QuotedAudit(audit.type(), audit.number(), audit.days(), siteDays,
                    tariff.priceOf(audit.type(), audit.days())));
        }
        calculation.reasons().forEach(reason ->
                quotation.reasons.add(new QuotationReason(reason.item(), reason.value(), reason.reason())));
        quotation.auditTimeTableVersion = calculation.tableVersion();
        quotation.tariffValidFrom = tariff.validFrom();
        quotation.totalPrice = quotation.audits.stream().map(audit -> audit.price)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        quotation.currency = tariff.currency().getCurrencyCode();
        quotation.validDays = request.validDays() != null ? request.validDays() : defaultValidDays;
        quotation.status = QuotationStatus.DRAFT;
        quotation.createdAt = clock.instant();
        quotation.createdBy = user.username();
        return quotation;
    }

    private QuotationDocument document(Quotation quotation, Client client) {
        List<QuotationDocument.AuditLine> lines = quotation.audits.stream().map(audit -> new QuotationDocument.AuditLine(
                switch (audit.type) {
                    case STAGE_1 -> "Stage 1";
                    case STAGE_2 -> "Stage 2";
                    case SURVEILLANCE -> "Surveillance " + audit.number;
                    case RECERTIFICATION -> "Recertification";
                    default -> audit.type.name().charAt(0)
                            + audit.type.name().substring(1).toLowerCase().replace('_', ' ');
                }, audit.days, audit.siteDays, audit.price)).toList();
        LocalDate issueDate = LocalDate.ofInstant(quotation.issuedAt != null ? quotation.issuedAt : quotation.createdAt,
                ZoneOffset.UTC);
        return new QuotationDocument(certificationBody, quotation.id, quotation.revision, issueDate,
                quotation.validUntil, new QuotationDocument.ClientPart(client.legalName, client.registrationNumber,
                client.city, client.country),
                quotation.standards.stream().sorted().map(Standard::title).toList(), quotation.scope,
                quotation.sites.stream().map(site -> site.name + " (" + site.city + ", " + site.country
                        + (site.centralFunction ? ", central function)" : ")")).toList(),
                quotation.transfer == null ? null : "certificate " + quotation.transfer.certificateNumber + " of "
                        + quotation.transfer.body + ", valid until " + quotation.transfer.expiry,
                quotation.cloudExtension == null ? null
                        : "ISO/IEC TR 20000-9, " + Offer.inWords(quotation.cloudExtension),
                lines,
                quotation.reasons.stream().map(reason -> reason.item + ": " + reason.value + " (" + reason.reason + ")")
                        .toList(),
                quotation.audits.stream().map(audit -> audit.days).reduce(BigDecimal.ZERO, BigDecimal::add),
                quotation.totalPrice, quotation.currency);
    }

    private static ContractSignedV1 contractSigned(Contract contract, Quotation quotation) {
        return new ContractSignedV1(contract.id, contract.clientId, contract.clientName, contract.quotationId,
                contract.standards.stream().sorted().toList(), contract.scope,
                contract.sites.stream().map(site -> new Site(site.siteId, site.name, site.city, site.country,
                        site.centralFunction, site.persons)).toList(),
                contract.audits.stream().map(audit -> new PlannedAuditDays(audit.type, audit.days)).toList(),
                contract.excludedAuditors.stream().sorted().toList(), contract.signedAt,
                quotation.transfer == null ? null : new TransferredCertificate(quotation.transfer.certificateNumber,
                        quotation.transfer.body, quotation.transfer.expiry, quotation.transfer.openNonconformities,
                        quotation.preTransferReview, quotation.preTransferOpenMajors, quotation.preTransferReviewedBy),
                quotation.cloudExtension,
                contract.technicalAreas.isEmpty() ? null : contract.technicalAreas.stream().sorted().toList());
    }
}
