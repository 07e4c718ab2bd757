package io.opencert.scheduling.auditor;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.outbox.Outbox;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.scheduling.auditor.dto.AuditorRegistration;
import io.opencert.scheduling.auditor.dto.AuditorView;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditorService {
    private static final String ENTITY = "Auditor";

    private final AuditorRepository auditors;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    AuditorService(AuditorRepository auditors, ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.auditors = auditors;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AuditorView> register(AuditorRegistration registration, String actor) {
        return auditors.isRegistered(registration.username()).flatMap(registered -> {
            if (registered) {
                throw new RuleViolation(ProgrammeRule.AUDITOR_ALREADY_REGISTERED,
                        registration.username() + " is already in the auditor register.");
            }
            Auditor auditor = new Auditor();
            auditor.id = UUID.randomUUID();
            auditor.username = registration.username();
            auditor.name = registration.name();
            auditor.standards = List.copyOf(registration.standards());
            auditor.leadAuditor = registration.leadAuditor();
            auditor.email = registration.email() == null || registration.email().isBlank() ? null
                    : registration.email();
            auditor.registeredAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            return auditors.persist(auditor)
                    .call(() -> changeLog.record(actor, ENTITY, auditor.id, "REGISTERED", auditor.username
                            + " for " + auditor.standards + (auditor.leadAuditor ? ", lead auditor" : "")))
                    .call(() -> outbox.record(new AuditorRegisteredV1(auditor.id, auditor.username, auditor.name,
                            auditor.email, auditor.registeredAt.toInstant())))
                    .map(AuditorView::of);
        });
    }

    @WithSession
    public Uni<Page<AuditorView>> list(PageRequest page) {
        return Page.of(auditors.find("order by username"), page, AuditorView::of);
    }

    @WithSession
    public Uni<AuditorView> find(UUID id) {
        return auditors.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Auditor " + id + " not found."))
                .map(AuditorView::of);
    }
}
