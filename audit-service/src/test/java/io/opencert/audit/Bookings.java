package io.opencert.audit;

import io.opencert.audit.checklist.ChecklistAnswer;
import io.opencert.audit.checklist.ChecklistItem;
import io.opencert.audit.checklist.ChecklistItemRepository;
import io.opencert.audit.finding.Finding;
import io.opencert.audit.finding.FindingRepository;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.commons.outbox.OutboxEvent;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorLeftV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Books audits the way scheduling-service does: AuditScheduledV1 on the in-memory scheduling-events channel; and
 * announces auditors' departures from the body there (AuditorLeftV1).
 */
@ApplicationScoped
public class Bookings {
    public static final UUID CLIENT_A = UUID.fromString("c1a00000-0000-4000-8000-000000000001");
    public static final UUID CLIENT_B = UUID.fromString("c1b00000-0000-4000-8000-000000000002");
    public static final String LEAD = "auditor1";
    public static final String MEMBER = "auditor3";
    public static final String OUTSIDER = "auditor2";
    public static final String EXPERT = "expert1";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    AdjustableClock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    ChecklistItemRepository checklistItems;

    @Inject
    FindingRepository findings;

    /** A stage 2 audit of client A, two days on site from three days ago, auditor1 leading and auditor3 auditing. */
    public AuditScheduledV1 stage2() {
        return startingOn(clock.today().minusDays(3));
    }

    public AuditScheduledV1 startingOn(LocalDate start) {
        return of(AuditType.STAGE_2, List.of(Standard.ISO_IEC_20000_1_2018), start);
    }

    /** A stage 2 audit of an organisation of its own, so that no other test's audits are among its previous ones. */
    public AuditScheduledV1 ofOwnClient(UUID clientId, LocalDate start) {
        return ofOwnClient(clientId, AuditType.STAGE_2, start);
    }

    /** Like {@link #ofOwnClient(UUID, LocalDate)}, of another type. */
    public AuditScheduledV1 ofOwnClient(UUID clientId, AuditType type, LocalDate start) {
        AuditScheduledV1 booking = of(type, List.of(Standard.ISO_IEC_20000_1_2018), start);
        return new AuditScheduledV1(booking.auditId(), booking.programmeId(), clientId, booking.clientName(),
                booking.type(), booking.standards(), booking.scope(), booking.sites(), booking.startDate(),
                booking.endDate(), booking.days(), booking.team(), booking.scheduledAt(), booking.coveredSites());
    }

    /** Like {@link #stage2()}, of another type or to other standards. */
    public AuditScheduledV1 of(AuditType type, List<Standard> standards) {
        return of(type, standards, clock.today().minusDays(3));
    }

    private AuditScheduledV1 of(AuditType type, List<Standard> standards, LocalDate start) {
        // the certification covers three sites; the audit visits two of them
        List<Site> sample = List.of(new Site(UUID.randomUUID(), "Head office", "Vienna", "AT", true, 12),
                new Site(UUID.randomUUID(), "Data centre", "Graz", "AT", false, 3));
        List<Site> covered = List.of(sample.get(0), sample.get(1),
                new Site(UUID.randomUUID(), "Service desk", "Linz", "AT", false, 2));
        return new AuditScheduledV1(UUID.randomUUID(), UUID.randomUUID(), CLIENT_A, "Alpha Services Ltd",
                type, standards, "IT service management of hosting services",
                sample, start, start.plusDays(1), new BigDecimal("2.0"),
                List.of(new TeamMember(LEAD, "Anna Lead", TeamRole.LEAD_AUDITOR),
                        new TeamMember(MEMBER, "Carl Member", TeamRole.AUDITOR)),
                clock.instant(), covered);
    }

    /** The booking as an audit of this programme. */
    public AuditScheduledV1 inProgramme(AuditScheduledV1 booking, UUID programmeId) {
        return new AuditScheduledV1(booking.auditId(), programmeId, booking.clientId(), booking.clientName(),
                booking.type(), booking.standards(), booking.scope(), booking.sites(), booking.startDate(),
                booking.endDate(), booking.days(), booking.team(), booking.scheduledAt(), booking.coveredSites());
    }

    /** The booking with a technical expert added to its team. */
    public AuditScheduledV1 withTechnicalExpert(AuditScheduledV1 booking) {
        List<TeamMember> team = new java.util.ArrayList<>(booking.team());
        team.add(new TeamMember(EXPERT, "Erik Expert", TeamRole.TECHNICAL_EXPERT));
        return new AuditScheduledV1(booking.auditId(), booking.programmeId(), booking.clientId(), booking.clientName(),
                booking.type(), booking.standards(), booking.scope(), booking.sites(), booking.startDate(),
                booking.endDate(), booking.days(), List.copyOf(team), booking.scheduledAt(), booking.coveredSites());
    }

    /** The booking with another team. */
    public AuditScheduledV1 withTeam(AuditScheduledV1 booking, TeamMember... team) {
        return new AuditScheduledV1(booking.auditId(), booking.programmeId(), booking.clientId(), booking.clientName(),
                booking.type(), booking.standards(), booking.scope(), booking.sites(), booking.startDate(),
                booking.endDate(), booking.days(), List.of(team), booking.scheduledAt(), booking.coveredSites());
    }

    /** Scheduling's announcement that an auditor leaves the body on {@code leftOn}, recorded now; not yet delivered. */
    public AuditorLeftV1 departure(String username, LocalDate leftOn) {
        return new AuditorLeftV1(UUID.randomUUID(), username, leftOn, clock.instant());
    }

    /** Books the audit and returns once the service has acknowledged the event. */
    public AuditScheduledV1 book(AuditScheduledV1 booking) {
        deliver(booking, UUID.randomUUID());
        return booking;
    }

    /** Delivers the event with this CloudEvents id and waits for its acknowledgement (a nack fails the test). */
    public void deliver(EventPayload payload, UUID eventId) {
        CloudEvents.deliver(connector, "scheduling-events", payload, eventId);
    }

    /** Answers every checklist item of the audit CONFORMING, as the team would before completing it. */
    public void answerChecklist(UUID auditId) throws Throwable {
        answerChecklist(auditId, item -> true);
    }

    /** Answers the checklist items of the catalogue CONFORMING, not those following up previous findings. */
    public void answerCatalogueItems(UUID auditId) throws Throwable {
        answerChecklist(auditId, item -> item.followsUp() == null);
    }

    private void answerChecklist(UUID auditId, Predicate<ChecklistItem> which) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> checklistItems.ofAudit(auditId)
                .invoke(items -> items.stream().filter(which).forEach(item -> item.answer(ChecklistAnswer.CONFORMING,
                        null, LEAD, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))))));
    }

    /** Answers the catalogue's item of this clause, past the API, as a team member would have. */
    public void answerClause(UUID auditId, String clause, ChecklistAnswer answer) throws Throwable {
        answerClause(auditId, clause, answer, null);
    }

    /** Answers the catalogue's item of this clause with the team's working note, as a team member would have. */
    public void answerClause(UUID auditId, String clause, ChecklistAnswer answer, String note) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> checklistItems.ofAudit(auditId)
                .invoke(items -> items.stream().filter(item -> item.followsUp() == null && item.clause().equals(clause))
                        .forEach(item -> item.answer(answer, note, LEAD, OffsetDateTime.ofInstant(clock.instant(),
                                ZoneOffset.UTC))))));
    }

    /** Records a nonconformity against clause 8.5.1 past the API, as a team member would have. */
    public UUID nonconformity(UUID auditId, FindingGrade grade) throws Throwable {
        Finding finding = Finding.recorded(UUID.randomUUID(), auditId, grade, "8.5.1", null,
                "CHG-1042 was deployed without approval.", LEAD, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                clock.today().plusDays(30));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> findings.persist(finding)));
        return finding.id();
    }

    /** The client's answer to a nonconformity, given past the API. */
    public void answerNonconformity(UUID findingId) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> findings.findById(findingId)
                .invoke(finding -> finding.respond("Approved retroactively.", "No CAB for emergencies.",
                        "Emergency CAB introduced.", "client-a", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))));
    }

    /** The team accepts the client's answer to a nonconformity, past the API. */
    public void acceptNonconformity(UUID findingId) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> findings.findById(findingId)
                .invoke(finding -> finding.review(true, null, LEAD, OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC)))));
    }

    /**
     * The events of one type the service recorded in its outbox about one audit, oldest first, published or not: what
     * a request or job wrote, as soon as it answered.
     */
    public <T extends EventPayload> List<T> recorded(UUID auditId, Class<T> type) throws Throwable {
        List<OutboxEvent> rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                OutboxEvent.<OutboxEvent>list("subject = ?1 and eventType = ?2 order by seq", auditId.toString(),
                        EventType.of(type).type())));
        return rows.stream().map(row -> EventJson.read(row.payload, type)).toList();
    }

    public int checklistSize(UUID auditId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> checklistItems.ofAudit(auditId))).size();
    }

    public List<ChangeLogEntry> history(String entityType, UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> changeLog.history(entityType, id)));
    }
}
