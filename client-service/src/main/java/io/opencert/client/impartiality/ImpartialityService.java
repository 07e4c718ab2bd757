package io.opencert.client.impartiality;

import io.opencert.client.client.ClientRepository;
import io.opencert.client.impartiality.dto.ConsultancyEntry;
import io.opencert.client.impartiality.dto.ConsultancyView;
import io.opencert.client.rules.ClientRule;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.client.ConsultancyRecordedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImpartialityService {
    static final String ENTITY = "Consultancy";

    private final ConsultancyRepository consultancies;
    private final ClientRepository clients;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;

    ImpartialityService(ConsultancyRepository consultancies, ClientRepository clients, ChangeLog changeLog,
                        Outbox outbox, CurrentUser user, Clock clock) {
        this.consultancies = consultancies;
        this.clients = clients;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Records who consulted the client, and tells the other services (ConsultancyRecorded), so that the consultant
     * takes no part in the client's audits or decisions from now on.
     */
    @WithTransaction
    public Uni<ConsultancyView> enter(ConsultancyEntry entry) {
        boolean byAuditor = entry.consultant() == Consultancy.Consultant.AUDITOR;
        boolean namesAuditor = entry.auditor() != null && !entry.auditor().isBlank();
        if (byAuditor != namesAuditor) {
            throw new InvalidInput("auditor", byAuditor ? "names the auditor who consulted"
                    : "is given only when an auditor consulted");
        }
        if (entry.to() != null && entry.to().isBefore(entry.from())) {
            throw new InvalidInput("to", "must not be before from");
        }
        return clients.findById(entry.clientId()).flatMap(client -> {
            if (client == null) {
                throw new InvalidInput("clientId", "no client is registered with this id");
            }
            Consultancy consultancy = new Consultancy();
            consultancy.clientId = entry.clientId();
            consultancy.consultant = entry.consultant();
            consultancy.auditor = byAuditor ? entry.auditor().strip() : null;
            consultancy.description = entry.description().strip();
            consultancy.fromDate = entry.from();
            consultancy.toDate = entry.to();
            consultancy.recordedAt = clock.instant();
            consultancy.recordedBy = user.username();
            return consultancies.persist(consultancy)
                    .call(() -> changeLog.record(user.username(), ENTITY, consultancy.id, "entered",
                            (byAuditor ? "auditor " + consultancy.auditor : "the certification body")
                                    + " consulted client " + client.id + " from " + consultancy.fromDate
                                    + (consultancy.toDate == null ? "" : " to " + consultancy.toDate)))
                    .call(() -> outbox.record(new ConsultancyRecordedV1(consultancy.id, consultancy.clientId,
                            consultancy.auditor, consultancy.fromDate, consultancy.toDate, consultancy.recordedAt)))
                    .map(ConsultancyView::of);
        });
    }

    @WithSession
    public Uni<Page<ConsultancyView>> register(UUID clientId, PageRequest page) {
        return Page.of(consultancies.register(clientId), page, ConsultancyView::of);
    }

    /**
     * Refuses (409 certification-body-consulted-client) when the certification body consulted the client in the
     * last 2 years; otherwise the auditors who did, to be kept off its audits. Runs inside the caller's session.
     */
    public Uni<List<String>> auditorsToExclude(UUID clientId) {
        LocalDate today = LocalDate.now(clock);
        return consultancies.relationshipsOf(clientId).map(relationships -> {
            if (Impartiality.certificationBodyConsulted(relationships, today)) {
                throw new RuleViolation(ClientRule.CERTIFICATION_BODY_CONSULTED_CLIENT,
                        "The certification body consulted this client within the last "
                                + Impartiality.COOLING_OFF_YEARS + " years (ISO/IEC 17021-1 5.2); it cannot certify it.");
            }
            return Impartiality.excludedAuditors(relationships, today);
        });
    }
}
