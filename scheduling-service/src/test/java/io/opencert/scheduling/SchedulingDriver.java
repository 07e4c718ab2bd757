package io.opencert.scheduling;

import io.opencert.commons.outbox.OutboxEvent;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.opencert.events.EventType;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamRole;
import io.opencert.scheduling.auditor.AuditorRepository;
import io.opencert.scheduling.auditor.CalendarTokenRepository;
import io.opencert.scheduling.auditor.AuditorService;
import io.opencert.scheduling.auditor.CompetenceService;
import io.opencert.scheduling.auditor.dto.CompetenceView;
import io.opencert.scheduling.auditor.dto.QualificationRequest;
import io.opencert.scheduling.auditor.dto.QualificationWithdrawal;
import io.opencert.scheduling.rules.Competence;
import io.opencert.scheduling.technicalarea.TechnicalAreaService;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaRequest;
import io.opencert.scheduling.auditor.dto.AuditorDepartureRequest;
import io.opencert.scheduling.auditor.dto.AuditorRegistration;
import io.opencert.scheduling.planning.AuditorDeparture;
import io.opencert.scheduling.programme.BookedAudit;
import io.opencert.scheduling.programme.PlannedAuditRepository;
import io.opencert.scheduling.programme.PlannedAuditStatus;
import io.opencert.scheduling.programme.ProgrammeRepository;
import io.opencert.scheduling.programme.ProgrammeService;
import io.opencert.scheduling.programme.dto.BookingRequest;
import io.opencert.scheduling.programme.dto.PlannedAuditView;
import io.opencert.scheduling.programme.dto.ProgrammeView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Drives the service from the outside in tests: delivers events, registers auditors, books audits. */
@ApplicationScoped
public class SchedulingDriver {
    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    AuditorService auditors;

    @Inject
    AuditorRepository auditorRepository;

    @Inject
    CompetenceService competence;

    @Inject
    TechnicalAreaService technicalAreas;

    @Inject
    AuditorDeparture departures;

    @Inject
    CalendarTokenRepository calendarTokens;

    @Inject
    PlannedAuditRepository plannedAudits;

    @Inject
    ProgrammeService programmeService;

    /** Delivers an event as the Kafka connector would and waits for its acknowledgement; same id, redelivery. */
    public void deliver(String channel, EventPayload event, UUID eventId) {
        CloudEvents.deliver(connector, channel, event, eventId);
    }

    /** Signs a contract and waits until its programme is open; returns the programme's id. */
    public UUID signContract(ContractSignedV1 contract) {
        deliver("client-events", contract, UUID.randomUUID());
        return programmesOfContract(contract.contractId()).getFirst();
    }

    /** The ids of a contract's programmes, first cycle first; read straight from the database, whoever the user. */
    public List<UUID> programmesOfContract(UUID contractId) {
        return onVertx(() -> Panache.withSession(() -> programmes.find("contractId = ?1 order by cycle", contractId)
                .list()
                .map(found -> found.stream().map(programme -> programme.id).toList())));
    }

    /** Records, as an administrator would, that an auditor leaves the certification body on {@code leftOn}. */
    public void recordDeparture(UUID auditorId, LocalDate leftOn) {
        onVertx(() -> departures.leave(auditorId,
                new AuditorDepartureRequest(leftOn, "Joins another certification body"), "test"));
    }

    /**
     * Registers a person with a fresh username, so that no other test's bookings get in the way, qualified for good
     * (in no technical area) for each of the standards, to lead them when {@code leadAuditor}.
     */
    public String registerAuditor(boolean leadAuditor, Standard... standards) {
        String username = registerUnqualified(leadAuditor, standards);
        qualifyForGood(auditorId(username), leadAuditor, standards);
        return username;
    }

    /** Registers a person with a fresh username and no qualification yet. */
    public String registerUnqualified(boolean leadAuditor, Standard... standards) {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        onVertx(() -> auditors.register(
                new AuditorRegistration(username, "Auditor " + username, List.of(standards), leadAuditor,
                        username + "@auditors.example"), "test"));
        return username;
    }

    /** Grants, as the administrator would, a qualification for a standard, a role and technical areas. */
    public void qualify(String username, Standard standard, Competence.QualifiedRole role, LocalDate grantedOn,
                        LocalDate expiresOn, String... technicalAreas) {
        UUID auditorId = auditorId(username);
        onVertx(() -> competence.grant(auditorId, new QualificationRequest(standard, role, List.of(technicalAreas),
                "training record TR-" + username, grantedOn, expiresOn), "test"));
    }

    /** Grants an auditor qualification in IT-HOSTING with this evidence, as the administrator would. */
    public void grantWithEvidence(UUID auditorId, String evidence, LocalDate grantedOn, LocalDate expiresOn) {
        onVertx(() -> competence.grant(auditorId, new QualificationRequest(Standard.ISO_IEC_20000_1_2018,
                Competence.QualifiedRole.AUDITOR, List.of("IT-HOSTING"), evidence, grantedOn, expiresOn), "test"));
    }

    /** The competence record of a registered person, as the administrator sees it. */
    public CompetenceView competenceOf(String username) {
        return onVertx(() -> competence.own(username));
    }

    /** Withdraws, as the administrator would, a qualification from {@code from} on. */
    public void withdrawQualification(String username, UUID qualificationId, LocalDate from) {
        UUID auditorId = auditorId(username);
        onVertx(() -> competence.withdraw(auditorId, qualificationId,
                new QualificationWithdrawal(from, "Unsatisfactory witness audit"), "test"));
    }

    /** Adds an area to the catalogue of technical areas, as the administrator would. */
    public void addTechnicalArea(String code, String title) {
        onVertx(() -> technicalAreas.add(new TechnicalAreaRequest(code, title, "33"), "test"));
    }

    private void qualifyForGood(UUID auditorId, boolean leadAuditor, Standard... standards) {
        for (Standard standard : standards) {
            onVertx(() -> competence.grant(auditorId, new QualificationRequest(standard, leadAuditor
                    ? Competence.QualifiedRole.LEAD_AUDITOR : Competence.QualifiedRole.AUDITOR, List.of(),
                    "training record", LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)), "test"));
        }
    }

    /**
     * The register id of a person with a fixed username (a test user's own), registering them first if needed;
     * the database outlives a test class.
     */
    public UUID auditorNamed(String username, boolean leadAuditor, Standard... standards) {
        UUID known = onVertx(() -> Panache.withSession(() -> auditorRepository.find("username", username).firstResult()
                .map(auditor -> auditor == null ? null : auditor.id)));
        if (known != null) {
            return known;
        }
        UUID registered = onVertx(() -> auditors.register(
                new AuditorRegistration(username, "Auditor " + username, List.of(standards), leadAuditor,
                        username + "@auditors.example"), "test")).id();
        qualifyForGood(registered, leadAuditor, standards);
        return registered;
    }

    /** The programme as stored, whoever the test's user is. */
    public ProgrammeView programmeAsStored(UUID id) {
        return onVertx(() -> programmeService.find(id));
    }

    /** Books as a planner would, whoever the test's user is. */
    public void bookAsPlanner(UUID programmeId, UUID auditId, LocalDate startDate, String lead) {
        onVertx(() -> programmeService.book(programmeId, auditId, new BookingRequest(startDate, null,
                List.of(new BookingRequest.Member(lead, TeamRole.LEAD_AUDITOR))), null, "test"));
    }

    /** The audits a person is on the team of, as stored. */
    public List<BookedAudit> bookedFor(String username) {
        return onVertx(() -> Panache.withSession(() -> plannedAudits.bookedFor(username)));
    }

    /** The register id of a registered person. */
    public UUID auditorId(String username) {
        return onVertx(() -> Panache.withSession(() -> auditorRepository.find("username", username).firstResult()))
                .id;
    }

    /** What the database keeps of an auditor's calendar token, or null when they have none. */
    public String storedCalendarTokenHash(UUID auditorId) {
        return onVertx(() -> Panache.withSession(() -> calendarTokens.findById(auditorId)
                .map(token -> token == null ? null : token.tokenHash)));
    }

    /** The programme as the test's user sees it. */
    public ProgrammeView programme(UUID id) {
        return given().get("/api/v1/programmes/{id}", id).then().statusCode(200).extract().as(ProgrammeView.class);
    }

    /** Books a planned audit as the test's user; the response is left to the test. */
    public ValidatableResponse book(UUID programmeId, UUID auditId, String startDate, Map<?, ?>... team) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("startDate", startDate, "team", List.of(team)))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, auditId)
                .then();
    }

    /** Books a planned audit against the programme, saying why; the response is left to the test. */
    public ValidatableResponse bookDeviating(UUID programmeId, UUID auditId, String startDate, String deviation,
                                             Map<?, ?>... team) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("startDate", startDate, "team", List.of(team), "deviation", deviation))
                .post("/api/v1/programmes/{programmeId}/audits/{auditId}/booking", programmeId, auditId)
                .then();
    }

    /** The audit team completes stage 1 on {@code lastDayOnSite}, recommending {@code recommendation}. */
    public void completeStage1(UUID programmeId, LocalDate lastDayOnSite, Recommendation recommendation) {
        ProgrammeView programme = programmeAsStored(programmeId);
        PlannedAuditView stage1 = programme.audits().stream()
                .filter(audit -> audit.type() == AuditType.STAGE_1 && audit.status() != PlannedAuditStatus.COMPLETED)
                .findFirst().orElseThrow();
        deliver("audit-events", TestEvents.auditCompleted(stage1.id(), programmeId, programme.clientId(),
                lastDayOnSite, AuditType.STAGE_1, recommendation, 0), UUID.randomUUID());
    }

    /** Stage 1 completed on {@code lastDayOnSite} and found the client ready: stage 2 can be booked after it. */
    public void completeStage1(UUID programmeId, LocalDate lastDayOnSite) {
        completeStage1(programmeId, lastDayOnSite, Recommendation.CONTINUE);
    }

    /** Asks for a scope extension of a programme as the test's user; the response is left to the test. */
    public ValidatableResponse requestScopeExtension(UUID programmeId, Map<String, ?> request) {
        return given().contentType(ContentType.JSON).body(request)
                .post("/api/v1/programmes/{id}/scope-extensions", programmeId)
                .then();
    }

    /** Plans a special audit in a programme as the test's user; the response is left to the test. */
    public ValidatableResponse requestSpecialAudit(UUID programmeId, Map<String, ?> request) {
        return given().contentType(ContentType.JSON).body(request)
                .post("/api/v1/programmes/{id}/special-audits", programmeId)
                .then();
    }

    public static Map<String, String> member(String username, TeamRole role) {
        return Map.of("username", username, "role", role.name());
    }

    /** A client certified on {@code decisionDate}: contract signed, both stages done, certificate issued. */
    public Certified certify(UUID clientId, LocalDate decisionDate) {
        return certify(TestEvents.contractSigned(clientId), decisionDate);
    }

    /** The client of {@code contract} through stage 1 and stage 2 to its certificate decided on {@code decisionDate}. */
    public Certified certify(ContractSignedV1 contract, LocalDate decisionDate) {
        UUID clientId = contract.clientId();
        UUID programmeId = signContract(contract);
        UUID stage1 = programme(programmeId).audits().get(0).id();
        UUID stage2 = programme(programmeId).audits().get(1).id();
        deliver("audit-events", TestEvents.auditCompleted(stage1, programmeId, clientId, decisionDate.minusMonths(3)),
                UUID.randomUUID());
        deliver("audit-events", TestEvents.auditCompleted(stage2, programmeId, clientId, decisionDate.minusMonths(1)),
                UUID.randomUUID());
        CertificateIssuedV1 certificate = TestEvents.certificateIssued(programmeId, clientId, stage2, decisionDate);
        deliver("certificate-events", certificate, UUID.randomUUID());
        return new Certified(contract, programmeId, certificate);
    }

    public record Certified(ContractSignedV1 contract, UUID programmeId, CertificateIssuedV1 certificate) {
    }

    /** The events of one type the service recorded about one aggregate, oldest first, published or not. */
    public <T extends EventPayload> List<T> recorded(UUID subject, Class<T> type) {
        List<OutboxEvent> rows = onVertx(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>list(
                "subject = ?1 and eventType = ?2 order by seq", subject.toString(), EventType.of(type).type())));
        return rows.stream().map(row -> EventJson.read(row.payload, type)).toList();
    }

    /** The outbox rows about one aggregate, published or not. */
    public long eventsRecordedAbout(UUID subject) {
        return onVertx(() -> Panache.withSession(() -> OutboxEvent.count("subject", subject.toString())));
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
