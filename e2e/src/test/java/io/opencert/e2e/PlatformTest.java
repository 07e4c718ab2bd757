package io.opencert.e2e;

import io.opencert.events.Topics;
import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.Platform;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The four packaged services over real PostgreSQL, Kafka and Keycloak, started once per test class, and what the
 * people of the certification body do through their APIs with real tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlatformTest {
    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final String CLIENT = "client-service";
    static final String SCHEDULING = "scheduling-service";
    static final String AUDIT = "audit-service";
    static final String CERTIFICATE = "certificate-service";
    static final String NOTIFICATION = "notification-service";
    /** Well within the realm's access token lifespan (900 s). */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    /** The repository: the services' modules are in it. */
    protected Path root;
    protected Platform platform;
    protected TopicRecorder topics;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String jwt, Instant fetchedAt) {
    }

    @BeforeAll
    void startPlatform() {
        root = Path.of(System.getProperty("opencert.root", "..")).toAbsolutePath().normalize();
        platform = Platform.start(options(Platform.Options.forTests(root).progress(System.out)));
        topics = new TopicRecorder(platform.kafka().clientProperties(KafkaBroker.ADMIN),
                List.of(Topics.CLIENT, Topics.SCHEDULING, Topics.AUDIT, Topics.CERTIFICATE));
        System.out.println("Start-up times: " + platform.startupTimes());
        System.out.println("RSS (MiB): " + platform.rssMb());
    }

    /** How the platform is started: the tests' defaults, for a subclass to change. */
    Platform.Options options(Platform.Options defaults) {
        return defaults;
    }

    @AfterAll
    void stopPlatform() {
        if (topics != null) {
            topics.close();
        }
        if (platform != null) {
            keepLogs();
            platform.close();
        }
    }

    /** The components' logs outlive the platform's temporary directory, for a failure to be read afterwards. */
    private void keepLogs() {
        Path kept = Path.of("target", "platform-logs", getClass().getSimpleName());
        try (Stream<Path> logs = Files.list(platform.logDirectory())) {
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.out.println("Could not keep the logs of " + platform.logDirectory() + ": " + e);
        }
    }

    /** A request to {@code service} as {@code user} (whose password is the username in the test realm). */
    RequestSpecification as(String user, String service) {
        return RestAssured.given().baseUri(url(service)).auth().oauth2(token(user));
    }

    String url(String service) {
        return platform.serviceUrl(service);
    }

    private String token(String user) {
        return tokens.compute(user, (u, held) -> held != null && held.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())
                ? held : new Token(platform.keycloak().passwordToken(u, u), Instant.now())).jwt();
    }

    void book(String programmeId, String auditId, LocalDate start, List<Map<String, String>> team) {
        as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("startDate", start.toString(), "endDate", start.plusDays(1).toString(), "team", team))
                .post("/api/v1/programmes/" + programmeId + "/audits/" + auditId + "/booking")
                .then().statusCode(200);
    }

    /**
     * What the auditor's phone does: downloads the audit bundle (and is told 304 when it has not changed), answers every
     * checklist item and records the findings offline, uploads it all in one batch, and uploads it once more as a
     * phone on a bad network would: the replay changes nothing.
     */
    void workOffline(String auditId, List<Map<String, String>> findings) {
        String bundle = "/api/v1/auditor/audits/" + auditId + "/bundle";
        io.restassured.response.Response downloaded = as("auditor1", AUDIT).header("Accept-Encoding", "gzip").get(bundle)
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().response();
        String etag = downloaded.header("ETag");
        as("auditor1", AUDIT).header("If-None-Match", etag).get(bundle).then().statusCode(304);

        List<Map<String, Object>> answers = downloaded.jsonPath().<Map<String, Object>>getList("checklist").stream()
                .map(item -> Map.<String, Object>of("itemId", item.get("id"), "answer", "CONFORMING",
                        "baseVersion", item.get("version")))
                .toList();
        assertThat(answers).isNotEmpty();
        Map<String, Object> batch = Map.of("batchId", UUID.randomUUID().toString(), "answers", answers, "findings", findings);
        String uploaded = as("auditor1", AUDIT).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/auditor/audits/" + auditId + "/sync")
                .then().statusCode(200).body("conflicts", equalTo(0)).extract().asString();
        String replayed = as("auditor1", AUDIT).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/auditor/audits/" + auditId + "/sync")
                .then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(replayed).<Object>get()).isEqualTo(JsonPath.from(uploaded).<Object>get());
        as("auditor1", AUDIT).header("If-None-Match", etag).get(bundle).then().statusCode(200);
    }

    /** Completed on the evening of its last day on site: audit-service's clock lives on that day meanwhile. */
    void complete(String auditId, String recommendation, LocalDate lastDayOnSite) {
        completion(auditId, recommendation, lastDayOnSite,
                response -> response.statusCode(200).body("status", equalTo("COMPLETED")));
    }

    /** Asks to complete the audit on the evening of its last day on site; {@code expected} checks the answer. */
    void completion(String auditId, String recommendation, LocalDate lastDayOnSite,
                    Consumer<ValidatableResponse> expected) {
        as("admin", AUDIT).contentType(ContentType.JSON)
                .body(Map.of("now", lastDayOnSite.atTime(18, 0).toInstant(ZoneOffset.UTC).toString()))
                .put("/api/v1/admin/clock").then().statusCode(200);
        try {
            expected.accept(as("auditor1", AUDIT).contentType(ContentType.JSON)
                    .body(Map.of("recommendation", recommendation, "lastDayOnSite", lastDayOnSite.toString()))
                    .post("/api/v1/audits/" + auditId + "/completion")
                    .then());
        } finally {
            as("admin", AUDIT).delete("/api/v1/admin/clock").then().statusCode(200);
        }
    }

    /** Records on the dead-letter topics ({@code <topic>.dlq}), read from the broker's end offsets. */
    long deadLetters() {
        try (Admin admin = Admin.create(platform.kafka().clientProperties(KafkaBroker.ADMIN))) {
            List<String> dlq = Platform.allTopics().stream().filter(topic -> topic.endsWith(".dlq")).toList();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(dlq).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(topic ->
                    topic.partitions().forEach(p -> ends.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dead-letter topics", e);
        }
    }

    void registerAuditor(String username, boolean lead) {
        String id = as("admin", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", "Auditor " + username,
                        "standards", List.of("ISO_IEC_20000_1_2018"), "leadAuditor", lead))
                .post("/api/v1/auditors")
                .then().statusCode(201).extract().path("id");
        qualify(id, lead);
    }

    /** The administrator grants the auditor's qualification for ISO/IEC 20000-1:2018, to lead or to audit. */
    void qualify(String auditorId, boolean lead) {
        as("admin", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("standard", "ISO_IEC_20000_1_2018", "role", lead ? "LEAD_AUDITOR" : "AUDITOR",
                        "technicalAreas", List.of("IT-HOSTING", "IT-SERVICE-DESK"),
                        "evidence", "Auditor training and examination record", "grantedOn", "2024-01-15",
                        "expiresOn", "2035-01-14"))
                .post("/api/v1/auditors/{id}/qualifications", auditorId)
                .then().statusCode(201).body("qualifications[0].standing", equalTo("VALID"));
    }

    /**
     * Staff register a client certified by another accredited body, review its questionnaire with the pre-transfer
     * review, quote the rest of its cycle, and take its acceptance: ContractSigned, which opens its audit programme
     * and its transfer decision. The shortest way to a certificate of ours.
     */
    void contractTransfer(TransferringClient client) {
        client.clientId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("legalName", client.legalName, "registrationNumber", "FN " + UUID.randomUUID(), "city", "Vienna", "country", "AT", "persons", 8,
                        "scope", "Operation of a service desk", "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> answers = new HashMap<>(Map.of("clientId", client.clientId, "persons", 8,
                "sites", List.of(Map.of("name", "Head office", "city", "Vienna", "country", "AT",
                        "centralFunction", true, "persons", 8)),
                "services", List.of("Service desk"), "scope", "Operation of a service desk",
                "standards", List.of("ISO_IEC_20000_1_2018"), "serviceComplexity", "LOW", "suppliers", 1,
                "integratedSystem", "NONE"));
        answers.put("transfer", Map.of("certificateNumber", "OB-" + client.clientId.substring(0, 8),
                "body", "Other Body Certification SA", "expiry", client.transferredExpiry.toString(),
                "openNonconformities", 0, "accredited", true, "suspended", false));
        String questionnaireId = as("staff", CLIENT).contentType(ContentType.JSON).body(answers)
                .post("/api/v1/questionnaires")
                .then().statusCode(201).extract().path("id");
        as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REVIEWED", "preTransferReview", "No open nonconformity; certificate valid"))
                .post("/api/v1/questionnaires/" + questionnaireId + "/review")
                .then().statusCode(200);
        String quotationId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.clientId, "questionnaireId", questionnaireId))
                .post("/api/v1/quotations")
                .then().statusCode(201).extract().path("id");
        client.contractId = as("staff", CLIENT).post("/api/v1/quotations/" + quotationId + "/acceptance")
                .then().statusCode(200).extract().path("contractId");
    }

    /** The decision-maker grants the transfer decision that the contract opened: CertificateIssued. */
    void grantTransfer(TransferringClient client) {
        String decisionId = await().atMost(PATIENCE).ignoreExceptions().until(
                () -> as("decider", CERTIFICATE).queryParam("clientId", client.clientId).queryParam("kind", "TRANSFER")
                        .get("/api/v1/decisions").then().statusCode(200).extract().jsonPath().<String>getList("items.id"),
                ids -> !ids.isEmpty()).getFirst();
        JsonPath granted = as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "The pre-transfer review shows a valid accredited certificate."))
                .post("/api/v1/decisions/" + decisionId + "/grant")
                .then().statusCode(200).extract().jsonPath();
        client.certificateId = granted.getString("certificate.id");
        client.certificateNumber = granted.getString("certificate.number");
    }

    /**
     * Staff book the programme's next surveillance with {@code lead}, once scheduling maintains the certificate:
     * AuditScheduled. It starts two days before it is due by, which differs with the transferred expiry.
     */
    void bookSurveillance(TransferringClient client, String lead) {
        JsonPath programme = await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            List<String> ids = as("staff", SCHEDULING).queryParam("clientId", client.clientId).get("/api/v1/programmes")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            return ids.isEmpty() ? null : as("staff", SCHEDULING).get("/api/v1/programmes/" + ids.getFirst())
                    .then().statusCode(200).extract().jsonPath();
        }, p -> p != null && client.certificateId.equals(p.getString("certificateId")));
        client.programmeId = programme.getString("id");
        Map<String, Object> surveillance = plannedAudit(programme, "SURVEILLANCE");
        client.surveillanceId = surveillance.get("id").toString();
        client.surveillanceStart = LocalDate.parse(surveillance.get("dueBy").toString()).minusDays(2);
        book(client.programmeId, client.surveillanceId, client.surveillanceStart,
                List.of(Map.of("username", lead, "role", "LEAD_AUDITOR")));
    }

    /** auditor1 audits the booked surveillance on the phone and completes it: AuditCompleted. */
    void auditSurveillance(TransferringClient client) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").contains(client.surveillanceId));
        workOffline(client.surveillanceId, List.of());
        complete(client.surveillanceId, "CONTINUE", client.surveillanceStart.plusDays(1));
    }

    static Map<String, Object> plannedAudit(JsonPath programme, String type) {
        return plannedAudits(programme, type).getFirst();
    }

    static List<Map<String, Object>> plannedAudits(JsonPath programme, String type) {
        return programme.<Map<String, Object>>getList("audits").stream().filter(a -> type.equals(a.get("type"))).toList();
    }
}
