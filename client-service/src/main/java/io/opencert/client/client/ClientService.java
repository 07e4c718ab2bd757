package io.opencert.client.client;

import io.opencert.client.certificate.HeldCertificates;
import io.opencert.client.client.dto.ClientRegistration;
import io.opencert.client.client.dto.ClientRegistration.SiteRegistration;
import io.opencert.client.client.dto.ClientSummary;
import io.opencert.client.client.dto.ClientUpdate;
import io.opencert.client.client.dto.ClientView;
import io.opencert.client.client.dto.ContactDetails;
import io.opencert.client.client.dto.ContactsUpdate;
import io.opencert.client.client.dto.TransferView;
import io.opencert.client.concurrency.Preconditions;
import io.opencert.client.rules.ClientRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.client.rules.Editions;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemException;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.model.Contact;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClientService {
    static final String ENTITY = "Client";

    private final ClientRepository clients;
    private final HeldCertificates certificates;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;

    ClientService(ClientRepository clients, HeldCertificates certificates, ChangeLog changeLog, Outbox outbox,
                  CurrentUser user, Clock clock) {
        this.clients = clients;
        this.certificates = certificates;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ClientView> register(ClientRegistration registration) {
        requireCoherent(registration, LocalDate.now(clock));
        return clients.findByRegistrationNumber(registration.registrationNumber().strip())
                .flatMap(existing -> {
                    if (existing != null) {
                        throw new RuleViolation(ClientRule.DUPLICATE_REGISTRATION,
                                "Registration number " + existing.registrationNumber
                                        + " is already registered as client " + existing.id + ".");
                    }
                    Client client = newClient(registration);
                    return clients.persist(client)
                            .call(() -> changeLog.record(user.username(), ENTITY, client.id, "registered",
                                    client.legalName + " (" + client.registrationNumber + ")"))
                            .call(() -> outbox.record(new ClientRegisteredV1(client.id, client.legalName,
                                    client.registrationNumber, client.city, client.country, client.persons,
                                    client.scope, client.registeredAt, contacts(client))))
                            .map(ignored -> ClientView.of(client, List.of())); // a new client holds no certificate here
                });
    }

    /** A client user sees only their own organisation; anything else is "not found". */
    @WithSession
    public Uni<ClientView> get(UUID id) {
        user.requireAccessTo(id, ENTITY);
        return clients.findWithSites(id)
                .map(found -> found.orElseThrow(() -> new NotFoundProblem(ENTITY + " not found.")))
                .flatMap(this::view);
    }

    /**
     * Changes the editable fields of a client read at version {@code ifMatch}: 428 without it, 409 client-changed
     * when the client has changed since; a client user may change only {@link ClientUpdate#CLIENT_EDITABLE} of their
     * own organisation (403 naming the other fields). Records the change and announces ClientUpdated in one
     * transaction; an update that changes nothing leaves the client (and its version) as it is.
     */
    @WithTransaction
    public Uni<ClientView> update(UUID id, String ifMatch, ClientUpdate update) {
        user.requireAccessTo(id, ENTITY);
        return clients.findWithSites(id).flatMap(found -> {
            Client client = found.orElseThrow(() -> new NotFoundProblem(ENTITY + " not found."));
            Preconditions.requireVersion(ifMatch, client.version, "client-changed", "client");
            Map<String, String> changes = changes(client, update);
            if (user.isClientUser()) {
                List<String> refused = changes.keySet().stream()
                        .filter(field -> !ClientUpdate.CLIENT_EDITABLE.contains(field)).toList();
                if (!refused.isEmpty()) {
                    throw new ProblemException(403, "not-editable-by-client", "Not editable by the client",
                            "A client user may change only " + String.join(", ", ClientUpdate.CLIENT_EDITABLE)
                                    + "; ask the certification body to change " + String.join(", ", refused) + ".",
                            refused.stream().map(field -> new Problem.Violation(field,
                                    "may be changed only by the certification body")).toList());
                }
            }
            if (changes.isEmpty()) {
                return view(client);
            }
            apply(client, update);
            return recordUpdate(client, "updated", changes).flatMap(ignored -> view(client));
        });
    }

    /** Replaces the contacts of a client read at version {@code ifMatch}; a client user's own organisation only. */
    @WithTransaction
    public Uni<ClientView> replaceContacts(UUID id, String ifMatch, ContactsUpdate update) {
        user.requireAccessTo(id, ENTITY);
        return clients.findWithSites(id).flatMap(found -> {
            Client client = found.orElseThrow(() -> new NotFoundProblem(ENTITY + " not found."));
            Preconditions.requireVersion(ifMatch, client.version, "client-changed", "client");
            Map<String, String> changes = new LinkedHashMap<>();
            List<ClientContact> contacts = update.contacts().stream().map(ContactDetails::contact).toList();
            change(changes, "contacts", client.contacts.stream().map(Object::toString).toList(),
                    contacts.stream().map(Object::toString).toList());
            if (changes.isEmpty()) {
                return view(client);
            }
            client.contacts.clear();
            client.contacts.addAll(contacts);
            return recordUpdate(client, "contacts changed", changes).flatMap(ignored -> view(client));
        });
    }

    /**
     * The facts of a reviewed questionnaire become the client's record: persons, sites, services, scope, standards,
     * cloud models and the transfer. Runs in the caller's transaction.
     */
    public Uni<Void> takeOverReviewedFacts(UUID id, ReviewedFacts facts) {
        return clients.findWithSites(id).flatMap(found -> {
            Client client = found.orElseThrow(() -> new NotFoundProblem(ENTITY + " not found."));
            int persons = facts.sites().stream().mapToInt(site -> site.persons).sum();
            Map<String, String> changes = new LinkedHashMap<>();
            change(changes, "persons", client.persons, persons);
            change(changes, "sites", sites(client.sites), sites(facts.sites()));
            change(changes, "services", new TreeSet<>(client.services), new TreeSet<>(facts.services()));
            change(changes, "scope", client.scope, facts.scope());
            change(changes, "standards", new TreeSet<>(client.standards), new TreeSet<>(facts.standards()));
            change(changes, "cloudServiceModels", new TreeSet<>(client.cloudServiceModels),
                    new TreeSet<>(facts.cloudServiceModels()));
            change(changes, "cloudDeploymentModels", new TreeSet<>(client.cloudDeploymentModels),
                    new TreeSet<>(facts.cloudDeploymentModels()));
            change(changes, "transfer", String.valueOf(TransferView.of(client.transfer)),
                    String.valueOf(TransferView.of(facts.transfer())));
            if (changes.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            client.persons = persons;
            client.sites.clear();
            facts.sites().forEach(site -> client.sites.add(new ClientSite(site.siteId, site.name, site.city,
                    site.country, site.centralFunction, site.persons)));
            client.services.clear();
            client.services.addAll(facts.services());
            client.scope = facts.scope();
            client.standards.clear();
            client.standards.addAll(facts.standards());
            client.cloudServiceModels.clear();
            client.cloudServiceModels.addAll(facts.cloudServiceModels());
            client.cloudDeploymentModels.clear();
            client.cloudDeploymentModels.addAll(facts.cloudDeploymentModels());
            client.transfer = facts.transfer() == null ? null : new TransferCertificate(
                    facts.transfer().certificateNumber, facts.transfer().body, facts.transfer().expiry,
                    facts.transfer().openNonconformities);
            return recordUpdate(client, "questionnaire reviewed", changes);
        });
    }

    @WithSession
    public Uni<Page<ClientSummary>> list(String name, String country, Standard standard, PageRequest page) {
        return Page.of(clients.search(name, country, standard), page, ClientSummary::of);
    }

    /** Writes the change, records who changed what and announces ClientUpdated, in the caller's transaction. */
    private Uni<Void> recordUpdate(Client client, String action, Map<String, String> changes) {
        return clients.flush()
                .call(() -> changeLog.record(user.username(), ENTITY, client.id, action,
                        changes.entrySet().stream().map(change -> change.getKey() + ": " + change.getValue())
                                .collect(Collectors.joining("; "))))
                .call(() -> outbox.record(new ClientUpdatedV1(client.id, client.legalName,
                        client.registrationNumber, client.city, client.country, client.persons, client.scope,
                        clock.instant(), contacts(client))))
                .replaceWithVoid();
    }

    /** The client with its certificates here. */
    private Uni<ClientView> view(Client client) {
        return certificates.ofClient(client.id).map(held -> ClientView.of(client, held));
    }

    private static List<Contact> contacts(Client client) {
        return client.contacts.stream().map(contact -> new Contact(contact.name, contact.role, contact.email)).toList();
    }

    private static List<String> sites(List<ClientSite> sites) {
        return sites.stream().map(site -> site.name + " (" + site.city + ", " + site.persons + " persons"
                + (site.centralFunction ? ", central function" : "") + ")").toList();
    }

    /** Each field the update changes, with its old and new value ("Berlin -> Potsdam"), in field order. */
    private static Map<String, String> changes(Client client, ClientUpdate update) {
        Map<String, String> changes = new LinkedHashMap<>();
        change(changes, "legalName", client.legalName, update.legalName().strip());
        change(changes, "street", client.street, blankToNull(update.street()));
        change(changes, "postalCode", client.postalCode, blankToNull(update.postalCode()));
        change(changes, "city", client.city, update.city().strip());
        change(changes, "country", client.country, update.country());
        change(changes, "persons", client.persons, update.persons());
        change(changes, "scope", client.scope, update.scope().strip());
        return changes;
    }

    private static void change(Map<String, String> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.put(field, old + " -> " + now);
        }
    }

    private static void apply(Client client, ClientUpdate update) {
        client.legalName = update.legalName().strip();
        client.street = blankToNull(update.street());
        client.postalCode = blankToNull(update.postalCode());
        client.city = update.city().strip();
        client.country = update.country();
        client.persons = update.persons();
        client.scope = update.scope().strip();
    }

    private static void requireCoherent(ClientRegistration registration, LocalDate today) {
        // an applicant's standards only lead to its questionnaire and quotation, which a withdrawn edition cannot get
        List<Standard> withdrawn = Editions.withdrawn(registration.standards(), today);
        if (!withdrawn.isEmpty()) {
            throw new InvalidInput("standards", Editions.explain(withdrawn));
        }
        if (registration.standards().equals(Set.of(Standard.ISO_IEC_TR_20000_9_2015))) {
            throw new InvalidInput("standards", "ISO/IEC TR 20000-9 is certified only together with ISO/IEC 20000-1");
        }
        if (hasSites(registration)
                && registration.sites().stream().filter(SiteRegistration::centralFunction).count() != 1) {
            throw new InvalidInput("sites", "exactly one site must be the central function");
        }
    }

    private Client newClient(ClientRegistration registration) {
        Client client = new Client();
        client.legalName = registration.legalName().strip();
        client.registrationNumber = registration.registrationNumber().strip();
        client.street = blankToNull(registration.street());
        client.postalCode = blankToNull(registration.postalCode());
        client.city = registration.city().strip();
        client.country = registration.country();
        client.persons = registration.persons();
        client.scope = registration.scope().strip();
        client.standards.addAll(registration.standards());
        client.sites.addAll(hasSites(registration)
                ? registration.sites().stream().map(s -> new ClientSite(UUID.randomUUID(), s.name().strip(),
                        s.city().strip(), s.country(), s.centralFunction(), s.persons())).toList()
                : List.of(new ClientSite(UUID.randomUUID(), "Head office", client.city, client.country, true,
                        client.persons)));
        if (registration.contacts() != null) {
            registration.contacts().forEach(contact -> client.contacts.add(contact.contact()));
        }
        client.registeredAt = clock.instant();
        return client;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean hasSites(ClientRegistration registration) {
        return registration.sites() != null && !registration.sites().isEmpty();
    }
}
