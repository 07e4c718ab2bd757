package io.opencert.e2e;

import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.localstack.Platform;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * One certification cycle through the four packaged services over real PostgreSQL, Kafka and Keycloak, with real
 * tokens for each role: from the client's registration to the certificate's expiry notices. The steps share the
 * cycle's state and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationCycleTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CLIENT = "client-service";
    private static final String SCHEDULING = "scheduling-service";
    private static final String AUDIT = "audit-service";
    private static final String CERTIFICATE = "certificate-service";

    private Platform platform;
    private TopicRecorder topics;

    private String clientId;
    private String clientUser;
    private String quotationId;
    private String programmeId;
    private String stage1AuditId;
    private String stage2AuditId;
    private String decisionId;
    private String certificateId;
    private String certificateNumber;
    private LocalDate expiryDate;

    @BeforeAll
    void startPlatform() {
        Path root = Path.of(System.getProperty("opencert.root", "..")).toAbsolutePath().normalize();
        platform = Platform.start(Platform.Options.forTests(root).progress(System.out));
        topics = new TopicRecorder(platform.kafka().bootstrapServers(),
                List.of(Topics.CLIENT, Topics.SCHEDULING, Topics.AUDIT, Topics.CERTIFICATE));
        System.out.println("Start-up times: " + platform.startupTimes());
        System.out.println("RSS (MiB): " + platform.rssMb());
    }

    @AfterAll
    void stopPlatform() {
        if (topics != null) {
            topics.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(0)
    void everyServiceReportsHealthMetricsAndItsApi() {
        for (String service : Platform.SERVICES) {
            JsonPath ready = RestAssured.given().baseUri(url(service)).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP")).extract().jsonPath();
            assertThat(ready.<String>getList("checks.name")).as(service)
                    .anyMatch(name -> name.toLowerCase().contains("postgresql") || name.toLowerCase().contains("database"))
                    .anyMatch(name -> name.toLowerCase().contains("messaging"));
            RestAssured.given().baseUri(url(service)).get("/q/health/live").then().statusCode(200);
            assertThat(RestAssured.given().baseUri(url(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString()).as(service).contains("jvm_memory_used_bytes");
            RestAssured.given().baseUri(url(service)).accept(ContentType.JSON).get("/q/openapi")
                    .then().statusCode(200).body("paths", org.hamcrest.Matchers.aMapWithSize(org.hamcrest.Matchers.greaterThan(0)));
        }
    }

    @Test
    @Order(1)
    void theDoorsAreGuarded() {
        RestAssured.given().baseUri(url(CLIENT)).get("/api/v1/clients")
                .then().statusCode(401);
        as("auditor1", CLIENT).contentType(ContentType.JSON).body(Map.of("legalName", "Nobody"))
                .post("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json");
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/CB-0000-000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void theAdministratorRegistersTheAuditors() {
        for (String auditor : List.of("auditor1", "auditor2")) {
            as("admin", SCHEDULING).contentType(ContentType.JSON)
                    .body(Map.of("username", auditor, "name", "Auditor " + auditor.substring(7),
                            "standards", List.of("ISO_IEC_20000_1_2018"), "leadAuditor", auditor.equals("auditor1")))
                    .post("/api/v1/auditors")
                    .then().statusCode(201).body("username", equalTo(auditor));
        }
    }

    @Test
    @Order(3)
    void staffRegistersTheClientAndQuotes() {
        clientId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("legalName", "Nordwind IT Services GmbH", "registrationNumber", "HRB 20000",
                        "city", "Hamburg", "country", "DE", "persons", 12,
                        "scope", "Operation of managed hosting and service desk services",
                        "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/clients")
                .then().statusCode(201).body("legalName", equalTo("Nordwind IT Services GmbH"))
                .extract().path("id");
        clientUser = "nordwind";
        platform.keycloak().createClientUser(clientUser, "nordwind", clientId);

        JsonPath quotation = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId))
                .post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("ISSUED"))
                .extract().jsonPath();
        quotationId = quotation.getString("id");
        // 11-15 persons: 2.5 audit days for stage 1 and stage 2, EUR 1,500 with the certificate
        assertThat(daysOf(quotation, "STAGE_1") + daysOf(quotation, "STAGE_2")).isEqualTo(2.5);
        assertThat(daysOf(quotation, "RECERTIFICATION")).isEqualTo(1.5);
        assertThat(quotation.getDouble("totalPrice")).isGreaterThan(1500.0);

        topics.await(EventType.CLIENT_REGISTERED.type(), r -> r.key().equals(clientId));
        topics.await(EventType.QUOTATION_ISSUED.type(), r -> r.key().equals(clientId));
    }

    @Test
    @Order(4)
    void anotherOrganisationSeesNothingOfIt() {
        as("client-b", CLIENT).get("/api/v1/clients/" + clientId)
                .then().statusCode(404).contentType("application/problem+json");
        as("client-b", CLIENT).get("/api/v1/quotations/" + quotationId)
                .then().statusCode(404);
        as(clientUser, CLIENT).get("/api/v1/quotations/" + quotationId)
                .then().statusCode(200).body("clientId", equalTo(clientId));
    }

    @Test
    @Order(5)
    void theClientAcceptsWhileSchedulingIsDownAndNothingIsLost() {
        platform.service(SCHEDULING).stop();
        try {
            as(clientUser, CLIENT).post("/api/v1/quotations/" + quotationId + "/acceptance")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
            TopicRecorder.Recorded signed = topics.await(EventType.CONTRACT_SIGNED.type(), r -> r.key().equals(clientId));
            assertThat(signed.topic()).isEqualTo(Topics.CLIENT);
            assertThat(signed.headers()).containsKeys("ce_id", "ce_source", "ce_time", "ce_specversion")
                    .containsEntry("ce_subject", clientId).containsEntry("ce_source", "/client-service");
        } finally {
            platform.service(SCHEDULING).start().waitUntilReady(PATIENCE);
        }

        JsonPath programme = await().atMost(PATIENCE).until(
                () -> as("staff", SCHEDULING).queryParam("clientId", clientId).get("/api/v1/programmes")
                        .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items").size() == 1);
        programmeId = programme.getString("items[0].id");
        JsonPath detail = as("staff", SCHEDULING).get("/api/v1/programmes/" + programmeId)
                .then().statusCode(200).extract().jsonPath();
        stage1AuditId = plannedAudit(detail, "STAGE_1").get("id").toString();
        stage2AuditId = plannedAudit(detail, "STAGE_2").get("id").toString();
    }

    @Test
    @Order(6)
    void staffBooksBothStagesWhileKafkaIsDownForOneOfThem() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        platform.kafka().stop();
        try {
            book(stage1AuditId, today.plusDays(14), List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR")));
        } finally {
            platform.kafka().start();
        }
        book(stage2AuditId, today.plusDays(40), List.of(
                Map.of("username", "auditor1", "role", "LEAD_AUDITOR"),
                Map.of("username", "auditor2", "role", "AUDITOR")));

        topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage1AuditId));
        topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage2AuditId));
        await().atMost(PATIENCE).until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").containsAll(List.of(stage1AuditId, stage2AuditId)));
        as("auditor2", AUDIT).get("/api/v1/audits/" + stage1AuditId).then().statusCode(404);
    }

    @Test
    @Order(7)
    void aRedeliveredScheduleChangesNothing() {
        TopicRecorder.Recorded scheduled = topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage2AuditId));
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> again = new ProducerRecord<>(scheduled.topic(), scheduled.key(), scheduled.value());
            scheduled.headers().forEach((k, v) -> again.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(again);
            producer.flush();
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                as("auditor1", AUDIT).get("/api/v1/auditor/assignments").then().statusCode(200).extract().jsonPath()
                        .getList("items.auditId").stream().filter(stage2AuditId::equals).count() == 1);
    }

    @Test
    @Order(8)
    void theAuditorRecordsAFindingAndCompletesTheAudits() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        as("auditor1", AUDIT).contentType(ContentType.JSON)
                .body(Map.of("grade", "MINOR_NONCONFORMITY", "clause", "8.5.1",
                        "evidence", "Two emergency changes in October were not reviewed by the change advisory board."))
                .post("/api/v1/audits/" + stage2AuditId + "/findings")
                .then().statusCode(201).body("clause", equalTo("8.5.1"));

        complete(stage1AuditId, "CONTINUE", today.plusDays(14));
        complete(stage2AuditId, "CERTIFY", today.plusDays(41));

        TopicRecorder.Recorded completed = topics.await(EventType.AUDIT_COMPLETED.type(), r -> r.key().equals(stage2AuditId));
        JsonPath data = JsonPath.from(completed.value());
        assertThat(data.getString("recommendation")).isEqualTo("CERTIFY");
        assertThat(data.getInt("findingCounts.MINOR_NONCONFORMITY")).isEqualTo(1);
        assertThat(data.getInt("openMajorNonconformities")).isZero();
    }

    @Test
    @Order(9)
    void aDecisionMakerFromTheTeamIsRefusedAndAnIndependentOneGrants() {
        decisionId = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("status", "OPEN").get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        .filter(d -> stage2AuditId.equals(d.get("auditId"))).map(d -> d.get("id").toString()).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        as("auditor1", CERTIFICATE).contentType(ContentType.JSON).body(Map.of("rationale", "I was there."))
                .post("/api/v1/decisions/" + decisionId + "/grant")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("decision-maker-on-audit-team"));

        JsonPath granted = as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "Stage 2 shows an effective SMS; the minor nonconformity has a plan."))
                .post("/api/v1/decisions/" + decisionId + "/grant")
                .then().statusCode(200).extract().jsonPath();
        certificateId = granted.getString("certificate.id");
        certificateNumber = granted.getString("certificate.number");
        LocalDate decisionDate = LocalDate.parse(granted.getString("certificate.issueDate"));
        expiryDate = LocalDate.parse(granted.getString("certificate.expiryDate"));
        assertThat(certificateNumber).matches("CB-\\d{4}-\\d{6}");
        assertThat(expiryDate).isEqualTo(decisionDate.plusYears(3).minusDays(1));

        TopicRecorder.Recorded issued = topics.await(EventType.CERTIFICATE_ISSUED.type(), r -> r.key().equals(certificateId));
        assertThat(issued.headers()).containsEntry("ce_source", "/certificate-service");
    }

    @Test
    @Order(10)
    void anyoneVerifiesTheCertificateWithoutLoggingIn() {
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + certificateNumber)
                .then().statusCode(200)
                .body("number", equalTo(certificateNumber))
                .body("holder", equalTo("Nordwind IT Services GmbH"))
                .body("status", equalTo("ACTIVE"))
                .body("expiryDate", equalTo(expiryDate.toString()));
    }

    @Test
    @Order(11)
    void surveillanceAndRecertificationArePlanned() {
        LocalDate decisionDate = expiryDate.plusDays(1).minusYears(3);
        JsonPath programme = await().atMost(PATIENCE).until(
                () -> as("staff", SCHEDULING).get("/api/v1/programmes/" + programmeId).then().statusCode(200).extract().jsonPath(),
                p -> p.getList("audits").size() == 5);
        List<Map<String, Object>> surveillances = plannedAudits(programme, "SURVEILLANCE");
        assertThat(surveillances).hasSize(2);
        assertThat(surveillances.stream().map(a -> LocalDate.parse(a.get("dueBy").toString())).sorted().findFirst().orElseThrow())
                .isBeforeOrEqualTo(decisionDate.plusMonths(12));
        assertThat(LocalDate.parse(plannedAudit(programme, "RECERTIFICATION").get("dueBy").toString())).isBefore(expiryDate);
        assertThat(plannedAudit(programme, "STAGE_2").get("status")).isEqualTo("COMPLETED");
    }

    @Test
    @Order(12)
    void expiryNoticesGoOut90And60And30DaysBefore() {
        for (int days : List.of(90, 60, 30)) {
            as("admin", CERTIFICATE).contentType(ContentType.JSON)
                    .body(Map.of("now", expiryDate.minusDays(days).atTime(6, 0).toInstant(ZoneOffset.UTC).toString()))
                    .put("/api/v1/admin/clock").then().statusCode(200);
            as("admin", CERTIFICATE).post("/api/v1/admin/jobs/expiry-notices").then().statusCode(200);
            TopicRecorder.Recorded notice = topics.await(EventType.CERTIFICATE_EXPIRING.type(),
                    r -> r.key().equals(certificateId) && JsonPath.from(r.value()).getInt("daysBeforeExpiry") == days);
            assertThat(notice.headers()).containsEntry("ce_subject", certificateId);
        }
        as("admin", CERTIFICATE).delete("/api/v1/admin/clock").then().statusCode(200);
    }

    @Test
    @Order(13)
    void theWholeCycleTravelledAsCloudEvents() {
        List<String> ofThisClient = topics.all().stream()
                .filter(r -> List.of(clientId, stage1AuditId, stage2AuditId, certificateId).contains(r.key()))
                .map(TopicRecorder.Recorded::type).distinct().toList();
        assertThat(ofThisClient).contains(EventType.CLIENT_REGISTERED.type(), EventType.QUOTATION_ISSUED.type(),
                EventType.CONTRACT_SIGNED.type(), EventType.AUDIT_SCHEDULED.type(), EventType.AUDIT_COMPLETED.type(),
                EventType.CERTIFICATE_ISSUED.type(), EventType.CERTIFICATE_EXPIRING.type());
        topics.all().forEach(r -> {
            assertThat(EventType.ofType(r.type())).as("known type %s", r.type()).isPresent();
            assertThat(r.topic()).isEqualTo(EventType.ofType(r.type()).orElseThrow().topic());
            assertThat(r.headers()).containsEntry("ce_specversion", "1.0").containsEntry("ce_subject", r.key());
        });
        assertThat(topics.ofType(EventType.CERTIFICATE_EXPIRING.type())).hasSize(3);
    }

    private void book(String auditId, LocalDate start, List<Map<String, String>> team) {
        as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("startDate", start.toString(), "endDate", start.plusDays(1).toString(), "team", team))
                .post("/api/v1/programmes/" + programmeId + "/audits/" + auditId + "/booking")
                .then().statusCode(200);
    }

    private void complete(String auditId, String recommendation, LocalDate lastDayOnSite) {
        as("auditor1", AUDIT).contentType(ContentType.JSON)
                .body(Map.of("recommendation", recommendation, "lastDayOnSite", lastDayOnSite.toString()))
                .post("/api/v1/audits/" + auditId + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    private RequestSpecification as(String user, String service) {
        return RestAssured.given().baseUri(url(service)).auth().oauth2(platform.keycloak().passwordToken(user, user));
    }

    private String url(String service) {
        return platform.serviceUrl(service);
    }

    private static double daysOf(JsonPath quotation, String type) {
        return quotation.<Map<String, Object>>getList("audits").stream().filter(a -> type.equals(a.get("type")))
                .mapToDouble(a -> ((Number) a.get("days")).doubleValue()).findFirst().orElseThrow();
    }

    private static Map<String, Object> plannedAudit(JsonPath programme, String type) {
        return plannedAudits(programme, type).getFirst();
    }

    private static List<Map<String, Object>> plannedAudits(JsonPath programme, String type) {
        return programme.<Map<String, Object>>getList("audits").stream().filter(a -> type.equals(a.get("type"))).toList();
    }
}
