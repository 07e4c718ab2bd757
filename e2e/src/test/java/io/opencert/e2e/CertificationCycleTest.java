package io.opencert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import io.opencert.events.EventType;
import io.opencert.events.Topics;
import io.opencert.localstack.KafkaBroker;
import io.opencert.localstack.MailServer;
import io.opencert.localstack.Platform;
import io.opencert.localstack.ServiceProcess;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One certification cycle through the four packaged services over real PostgreSQL, Kafka and Keycloak, with real
 * tokens for each role: from the client's questionnaire to the certificate's expiry notices, its suspension for a
 * missed surveillance audit, the reinstatement decided on that audit held late, and a scope extension decided on its
 * own audit; a second certification of the holder is refused. The steps share the cycle's state and run in order.
 * Then a second client transfers its
 * certificate from another body: quoted and planned for the rest of its cycle, certified on the pre-transfer review.
 * Last, a client with a central function and 16 other sites is certified for all 17 while each audit visits its sample.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificationCycleTest extends PlatformTest {
    private String clientId;
    private String clientUser;
    private String quotationId;
    private String questionnaireId;
    private String programmeId;
    private String stage1AuditId;
    private String stage2AuditId;
    private String decisionId;
    private String certificateId;
    private static final String NORDWIND_CONTACT = "nora@nordwind.example";
    private String certificateNumber;
    private LocalDate expiryDate;
    private LocalDate overdueDay;

    private String transferClientId;
    private String transferClientUser;
    private String transferContractId;
    private String transferProgrammeId;
    private String transferCertificateId;
    private LocalDate transferredExpiry;

    private String multiSiteClientId;
    private String multiSiteProgrammeId;
    private String multiSiteStage2Id;

    /** What Kubernetes asks each service's pod (the chart's probes, on the ports they name) answers 200 here. */
    @Test
    @Order(0)
    void theKubernetesProbesOfTheChartAnswerOnEveryService() throws IOException {
        Path chart = root.resolve("deploy/kubernetes/opencert");
        String manifests = new Helm(chart).template().withName("opencert").withKubeVersion("v1.29.0")
                .withValuesFile(chart.resolve("values.yaml")).call();
        int probed = 0;
        try (var parser = new YAMLFactory().createParser(manifests)) {
            for (var docs = new YAMLMapper().readValues(parser, JsonNode.class); docs.hasNext(); ) {
                JsonNode object = docs.next();
                if (object == null || !"Deployment".equals(object.path("kind").asText())) {
                    continue;
                }
                String service = object.path("metadata").path("name").asText();
                JsonNode container = object.path("spec").path("template").path("spec").path("containers").get(0);
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertThat(get.path("port").asText()).as(service + " " + probe).isEqualTo("management");
                    RestAssured.given().baseUri(platform.managementUrl(service)).get(get.path("path").asText())
                            .then().statusCode(200);
                    probed++;
                }
            }
        }
        assertThat(probed).isEqualTo(3 * Platform.SERVICES.size());
    }

    @Test
    @Order(0)
    void everyServiceReportsHealthMetricsAndItsApiOnItsManagementInterfaceOnly() {
        for (String service : Platform.SERVICES) {
            String management = platform.managementUrl(service);
            JsonPath ready = RestAssured.given().baseUri(management).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP")).extract().jsonPath();
            assertThat(ready.<String>getList("checks.name")).as(service)
                    .anyMatch(name -> name.toLowerCase().contains("postgresql") || name.toLowerCase().contains("database"))
                    .anyMatch(name -> name.toLowerCase().contains("messaging"));
            RestAssured.given().baseUri(management).get("/q/health/live").then().statusCode(200);
            assertThat(RestAssured.given().baseUri(management).get("/q/metrics").then().statusCode(200)
                    .extract().asString()).as(service).contains("jvm_memory_used_bytes");
            RestAssured.given().baseUri(management).accept(ContentType.JSON).get("/q/openapi")
                    .then().statusCode(200).body("paths", org.hamcrest.Matchers.aMapWithSize(org.hamcrest.Matchers.greaterThan(0)));
            RestAssured.given().baseUri(management).redirects().follow(true).get("/q/swagger-ui")
                    .then().statusCode(200).contentType(containsString("text/html"));
            // Swagger UI on the management port may call the API on the HTTP port, another origin
            RestAssured.given().baseUri(url(service)).header("Origin", management)
                    .header("Access-Control-Request-Method", "GET").options("/api/v1/admin/dead-letters")
                    .then().statusCode(200).header("Access-Control-Allow-Origin", management);
            RestAssured.given().baseUri(url(service)).header("Origin", "https://elsewhere.example")
                    .header("Access-Control-Request-Method", "GET").options("/api/v1/admin/dead-letters")
                    .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
            for (String internal : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui")) {
                RestAssured.given().baseUri(url(service)).redirects().follow(false).get(internal)
                        .then().statusCode(404);
            }
        }
    }

    @Test
    @Order(1)
    void theTraceOfARequestReachesTheServicesThatConsumeItsEvents() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String registered = as("staff", CLIENT).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", "Spurweite Hosting GmbH", "registrationNumber", "HRB 20001",
                        "city", "Bremen", "country", "DE", "persons", 8, "scope", "Managed hosting",
                        "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String eventId;
        try (var db = platform.postgres().connect(Platform.DATABASES.get(CLIENT));
             var query = db.prepareStatement("SELECT id, trace_parent FROM outbox_event WHERE subject = ?")) {
            query.setString(1, registered);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                eventId = row.getString("id");
                assertThat(row.getString("trace_parent")).startsWith("00-" + traceId + "-");
            }
        }
        for (String consumer : List.of(SCHEDULING, AUDIT, CERTIFICATE)) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                try (var db = platform.postgres().connect(Platform.DATABASES.get(consumer));
                     var query = db.prepareStatement("SELECT trace_parent FROM processed_event WHERE event_id = ?::uuid")) {
                    query.setString(1, eventId);
                    try (var row = query.executeQuery()) {
                        assertThat(row.next()).as(consumer + " consumed the event").isTrue();
                        assertThat(row.getString("trace_parent")).as(consumer).startsWith("00-" + traceId + "-");
                    }
                }
            });
        }
    }

    @Test
    @Order(1)
    void anAppLogsInWithACodeAndPkceAndTheServicesAcceptItsToken() {
        String token = platform.keycloak().appLogin("staff", "staff", "openid").get("access_token").asText();
        RestAssured.given().baseUri(url(CLIENT)).auth().oauth2(token).get("/api/v1/clients").then().statusCode(200);
        RestAssured.given().baseUri(url(CERTIFICATE)).auth().oauth2(token).get("/api/v1/certificates")
                .then().statusCode(200);
    }

    @Test
    @Order(1)
    void inProductionAServiceRefusesToStartWithoutItsSecretsOrWithWellKnownOnes() throws IOException {
        Map<String, String> production = new HashMap<>(platform.serviceEnvironment(CLIENT));
        production.put("QUARKUS_PROFILE", "prod");
        production.remove("QUARKUS_DATASOURCE_PASSWORD");
        assertThat(refusal(production)).contains("QUARKUS_DATASOURCE_PASSWORD");

        production.put("QUARKUS_DATASOURCE_PASSWORD", platform.postgres().password());
        assertThat(refusal(production)).contains("Refusing to start with a well-known secret: set QUARKUS_DATASOURCE_PASSWORD");
    }

    /** Why the packaged client-service exits at start-up with this environment: its log. */
    private String refusal(Map<String, String> environment) throws IOException {
        Path log = platform.logDirectory().resolve("client-service-production-" + UUID.randomUUID() + ".log");
        ServiceProcess service = ServiceProcess.start(CLIENT, root.resolve(CLIENT), 0, 0, environment, List.of(),
                log);
        try {
            assertThrows(IllegalStateException.class, () -> service.waitUntilReady(PATIENCE), "it does not start");
        } finally {
            service.close();
        }
        return Files.readString(log);
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
            String id = as("admin", SCHEDULING).contentType(ContentType.JSON)
                    .body(Map.of("username", auditor, "name", "Auditor " + auditor.substring(7),
                            "standards", List.of("ISO_IEC_20000_1_2018"), "leadAuditor", auditor.equals("auditor1"),
                            "email", auditor + "@auditors.opencert.test"))
                    .post("/api/v1/auditors")
                    .then().statusCode(201).body("username", equalTo(auditor)).extract().path("id");
            qualify(id, auditor.equals("auditor1"));
        }
    }

    @Test
    @Order(3)
    void theClientAnswersTheQuestionnaireAndStaffQuoteFromTheCalculation() {
        clientId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("legalName", "Nordwind IT Services GmbH", "registrationNumber", "HRB 20000",
                        "city", "Hamburg", "country", "DE", "persons", 12,
                        "scope", "Operation of managed hosting and service desk services",
                        "standards", List.of("ISO_IEC_20000_1_2018"),
                        "contacts", List.of(Map.of("name", "Nora Nordwind", "role", "SMS manager",
                                "email", NORDWIND_CONTACT))))
                .post("/api/v1/clients")
                .then().statusCode(201).body("legalName", equalTo("Nordwind IT Services GmbH"))
                .extract().path("id");
        clientUser = "nordwind";
        platform.keycloak().createClientUser(clientUser, "nordwind", clientId);

        questionnaireId = as(clientUser, CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "persons", 12,
                        "sites", List.of(Map.of("name", "Head office", "city", "Hamburg", "country", "DE",
                                "centralFunction", true, "persons", 12)),
                        "services", List.of("Managed hosting", "Service desk"),
                        "scope", "Operation of managed hosting and service desk services",
                        "standards", List.of("ISO_IEC_20000_1_2018"), "serviceComplexity", "LOW", "suppliers", 1,
                        "integratedSystem", "NONE"))
                .post("/api/v1/questionnaires")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");
        as("staff", CLIENT).contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .post("/api/v1/questionnaires/" + questionnaireId + "/review")
                .then().statusCode(200).body("status", equalTo("REVIEWED"));

        // 11-15 persons: 2.5 audit days for stage 1 and stage 2, EUR 1,500 with the certificate
        JsonPath calculation = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("sites", List.of(Map.of("name", "Head office", "centralFunction", true, "persons", 12)),
                        "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/audit-time/calculations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(calculation.getDouble("initialDays")).isEqualTo(2.5);
        assertThat(calculation.getList("reasons")).isNotEmpty();

        JsonPath quotation = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("ISSUED"))
                .extract().jsonPath();
        quotationId = quotation.getString("id");
        assertThat(daysOf(quotation, "STAGE_1") + daysOf(quotation, "STAGE_2")).isEqualTo(calculation.getDouble("initialDays"));
        assertThat(daysOf(quotation, "RECERTIFICATION")).isEqualTo(calculation.getDouble("recertificationDays"));
        assertThat(quotation.getDouble("totalPrice")).isGreaterThan(1500.0);

        topics.await(EventType.CLIENT_REGISTERED.type(), r -> r.key().equals(clientId));
        topics.await(EventType.CLIENT_UPDATED.type(), r -> r.key().equals(clientId));
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
    void staffBooksStage1WhileKafkaIsDown() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        platform.kafka().stop();
        try {
            book(stage1AuditId, today.plusDays(14), List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR")));
        } finally {
            platform.kafka().start();
        }
        as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("startDate", today.plusDays(40).toString(), "endDate", today.plusDays(41).toString(),
                        "team", List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR"))))
                .post("/api/v1/programmes/" + programmeId + "/audits/" + stage2AuditId + "/booking")
                .then().statusCode(409).body("type", endsWith("/stage-1-not-completed"));

        topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage1AuditId));
        await().atMost(PATIENCE).until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").contains(stage1AuditId));
        as("auditor2", AUDIT).get("/api/v1/audits/" + stage1AuditId).then().statusCode(404);
    }

    @Test
    @Order(7)
    void aRedeliveredScheduleChangesNothing() {
        TopicRecorder.Recorded scheduled = topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage1AuditId));
        Properties properties = platform.kafka().clientProperties(KafkaBroker.ADMIN);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> again = new ProducerRecord<>(scheduled.topic(), scheduled.key(), scheduled.value());
            scheduled.headers().forEach((k, v) -> again.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(again);
            producer.flush();
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                as("auditor1", AUDIT).get("/api/v1/auditor/assignments").then().statusCode(200).extract().jsonPath()
                        .getList("items.auditId").stream().filter(stage1AuditId::equals).count() == 1);
    }

    @Test
    @Order(8)
    void theAuditorWorksOfflineOnThePhoneAndCompletesStage1ThenStage2() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        workOffline(stage1AuditId, List.of());
        complete(stage1AuditId, "CONTINUE", today.plusDays(14));

        // stage 2 opens for booking once scheduling has learnt that stage 1 found the client ready
        await().atMost(PATIENCE).until(() -> as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("startDate", today.plusDays(40).toString(), "endDate", today.plusDays(41).toString(),
                        "team", List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR"),
                                Map.of("username", "auditor2", "role", "AUDITOR"))))
                .post("/api/v1/programmes/" + programmeId + "/audits/" + stage2AuditId + "/booking")
                .then().extract().statusCode(), status -> status == 200);
        topics.await(EventType.AUDIT_SCHEDULED.type(), r -> r.key().equals(stage2AuditId));
        await().atMost(PATIENCE).until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").contains(stage2AuditId));

        // stage 2 audits every requirement of clauses 4 to 10: one left not audited keeps it open
        leaveNotAudited(stage2AuditId, "8.5.1");
        completion(stage2AuditId, "CERTIFY", today.plusDays(41), response -> response.statusCode(409)
                .body("type", endsWith("/clauses-not-audited"))
                .body("violations.field", hasItem(startsWith("clause 8.5.1"))));
        as("auditor1", AUDIT).get("/api/v1/audits/" + stage2AuditId).then().statusCode(200)
                .body("status", not(equalTo("COMPLETED")));

        String nonconformityId = UUID.randomUUID().toString();
        workOffline(stage2AuditId, List.of(Map.of("id", nonconformityId, "grade", "MINOR_NONCONFORMITY", "clause", "8.5.1",
                "evidence", "Two emergency changes in October were not reviewed by the change advisory board.")));
        complete(stage2AuditId, "CERTIFY", today.plusDays(41));

        TopicRecorder.Recorded completed = topics.await(EventType.AUDIT_COMPLETED.type(), r -> r.key().equals(stage2AuditId));
        JsonPath data = JsonPath.from(completed.value());
        assertThat(data.getString("recommendation")).isEqualTo("CERTIFY");
        assertThat(data.getInt("findingCounts.MINOR_NONCONFORMITY")).isEqualTo(1);
        assertThat(data.getInt("openMajorNonconformities")).isZero();

        String nonconformity = "/api/v1/audits/" + stage2AuditId + "/nonconformities/" + nonconformityId;
        as(clientUser, AUDIT).contentType(ContentType.JSON)
                .body(Map.of("correction", "Both changes were reviewed retrospectively by the board.",
                        "rootCause", "The emergency change procedure did not name the retrospective review.",
                        "correctiveAction", "Procedure amended; the service desk tool blocks closure without the review."))
                .put(nonconformity + "/response")
                .then().statusCode(200).body("nonconformity.status", equalTo("RESPONDED"));
        as("auditor1", AUDIT).contentType(ContentType.JSON).body(Map.of())
                .post(nonconformity + "/acceptance").then().statusCode(200);
        as("auditor1", AUDIT).post(nonconformity + "/verification")
                .then().statusCode(200).body("nonconformity.status", equalTo("VERIFIED"));
        topics.await(EventType.NONCONFORMITIES_CLOSED.type(), r -> r.key().equals(stage2AuditId));
    }

    @Test
    @Order(9)
    void aDecisionMakerFromTheTeamIsRefusedAndAnIndependentOneGrants() {
        decisionId = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("status", "OPEN").get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        // ready once audit-service has reported the minor nonconformity's plan accepted
                        .filter(d -> stage2AuditId.equals(d.get("auditId"))
                                && Boolean.TRUE.equals(d.get("readyForDecision")))
                        .map(d -> d.get("id").toString()).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        as("auditor1", CERTIFICATE).contentType(ContentType.JSON).body(Map.of("rationale", "I was there."))
                .post("/api/v1/decisions/" + decisionId + "/grant")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("decision-maker-on-audit-team"));

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
        String page = RestAssured.given().baseUri(url(CERTIFICATE)).get("/register/certificates/" + certificateNumber)
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains(certificateNumber, "Nordwind IT Services GmbH", "Valid");
        byte[] pdf = as(clientUser, CERTIFICATE).get("/api/v1/certificates/" + certificateId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(11)
    void aSecondCertificationOfTheHolderIsRefused() {
        await().atMost(PATIENCE).until(() -> as("staff", CLIENT).get("/api/v1/clients/" + clientId)
                .then().statusCode(200).extract().jsonPath().<String>getList("certificates.number"),
                numbers -> numbers.contains(certificateNumber));
        as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .post("/api/v1/quotations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/already-certified"))
                .body("detail", org.hamcrest.Matchers.containsString(certificateNumber));
    }

    @Test
    @Order(12)
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
    @Order(13)
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
    @Order(14)
    void aMissedSurveillanceSuspendsTheCertificate() {
        JsonPath programme = as("staff", SCHEDULING).get("/api/v1/programmes/" + programmeId)
                .then().statusCode(200).extract().jsonPath();
        LocalDate firstSurveillanceDue = plannedAudits(programme, "SURVEILLANCE").stream()
                .map(a -> LocalDate.parse(a.get("dueBy").toString())).sorted().findFirst().orElseThrow();
        // scheduling and certificate-service live on the day after the due date until the scope extension is done
        overdueDay = firstSurveillanceDue.plusDays(1);
        for (String service : List.of(SCHEDULING, CERTIFICATE)) {
            as("admin", service).contentType(ContentType.JSON)
                    .body(Map.of("now", overdueDay.atTime(6, 0).toInstant(ZoneOffset.UTC).toString()))
                    .put("/api/v1/admin/clock").then().statusCode(200);
        }
        as("admin", SCHEDULING).post("/api/v1/admin/jobs/date-watch").then().statusCode(200);
        topics.await(EventType.SURVEILLANCE_OVERDUE.type(),
                r -> programmeId.equals(JsonPath.from(r.value()).getString("programmeId")));

        topics.await(EventType.CERTIFICATE_SUSPENDED.type(), r -> r.key().equals(certificateId));
        await().atMost(PATIENCE).until(() -> RestAssured.given().baseUri(url(CERTIFICATE))
                .get("/api/v1/public/certificates/" + certificateNumber).then().statusCode(200).extract().jsonPath()
                .getString("status"), "SUSPENDED"::equals);
        String page = RestAssured.given().baseUri(url(CERTIFICATE)).get("/register/certificates/" + certificateNumber)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Suspended").doesNotContain("MISSED_SURVEILLANCE");
        as("staff", CERTIFICATE).get("/api/v1/certificates/" + certificateId)
                .then().statusCode(200).body("suspensionReason", equalTo("MISSED_SURVEILLANCE"));
    }

    @Test
    @Order(15)
    void theOverdueSurveillanceIsHeldAndAReinstatementDecisionEndsTheSuspension() {
        JsonPath programme = await().atMost(PATIENCE).until(
                () -> as("staff", SCHEDULING).get("/api/v1/programmes/" + programmeId).then().statusCode(200)
                        .extract().jsonPath(),
                p -> plannedAudits(p, "SURVEILLANCE").stream().anyMatch(a -> Boolean.TRUE.equals(a.get("liftsSuspension"))));
        String surveillanceId = plannedAudits(programme, "SURVEILLANCE").stream()
                .filter(a -> Boolean.TRUE.equals(a.get("liftsSuspension"))).findFirst().orElseThrow().get("id").toString();
        // the day after: a later day could fall into the next calendar year, which the missed year's surveillance
        // may not leave without one
        LocalDate start = overdueDay.plusDays(1);
        book(surveillanceId, start, List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR")));
        await().atMost(PATIENCE).until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").contains(surveillanceId));
        workOffline(surveillanceId, List.of());
        complete(surveillanceId, "CONTINUE", start.plusDays(1));

        String reinstatementId = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("certificateId", certificateId)
                        .queryParam("kind", "REINSTATEMENT").get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath().<String>getList("items.id"),
                ids -> !ids.isEmpty()).getFirst();
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + certificateNumber)
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as("auditor1", CERTIFICATE).contentType(ContentType.JSON).body(Map.of("rationale", "I audited it."))
                .post("/api/v1/decisions/" + reinstatementId + "/grant")
                .then().statusCode(409).body("type", endsWith("decision-maker-on-audit-team"));
        as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "The overdue surveillance was held; the SMS remains effective."))
                .post("/api/v1/decisions/" + reinstatementId + "/grant")
                .then().statusCode(200).body("certificate.status", equalTo("ACTIVE"));

        TopicRecorder.Recorded reinstated = topics.await(EventType.CERTIFICATE_REINSTATED.type(),
                r -> r.key().equals(certificateId));
        assertThat(JsonPath.from(reinstated.value()).getString("decisionId")).isEqualTo(reinstatementId);
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + certificateNumber)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        JsonPath decisions = as("staff", CERTIFICATE).queryParam("certificateId", certificateId)
                .get("/api/v1/decisions").then().statusCode(200).extract().jsonPath();
        assertThat(decisions.<String>getList("items.kind")).contains("CERTIFICATION", "SUSPENSION", "REINSTATEMENT");
        assertThat(decisions.<Map<String, Object>>getList("items").stream()
                .filter(d -> "SUSPENSION".equals(d.get("kind"))).map(d -> d.get("openedBy")))
                .containsExactly("rule:missed-surveillance");
        as(clientUser, CERTIFICATE).queryParam("certificateId", certificateId).get("/api/v1/decisions/outcomes")
                .then().statusCode(200).body("kind", org.hamcrest.Matchers.hasItems("SUSPENSION", "REINSTATEMENT"));
        await().atMost(PATIENCE).until(() -> as("staff", SCHEDULING).get("/api/v1/programmes/" + programmeId)
                .then().statusCode(200).extract().jsonPath().<String>getList("audits.status"),
                statuses -> !statuses.contains("ON_HOLD"));
    }

    @Test
    @Order(16)
    void theScopeIsExtendedByAnExtensionAuditAndADecisionAndTheRegisterShowsItOnlyAfterTheGrant() {
        try {
            extendTheScope();
        } finally {
            for (String service : List.of(SCHEDULING, CERTIFICATE)) {
                as("admin", service).delete("/api/v1/admin/clock").then().statusCode(200);
            }
        }
    }

    private void extendTheScope() {
        JsonPath certificate = as("staff", CERTIFICATE).get("/api/v1/certificates/" + certificateId)
                .then().statusCode(200).extract().jsonPath();
        String scope = certificate.getString("scope");
        String extended = scope + ", and the service desk for its clinics";
        List<Map<String, Object>> sites = new java.util.ArrayList<>(certificate.<Map<String, Object>>getList("sites").stream()
                .map(site -> Map.<String, Object>of("siteId", site.get("siteId"), "name", site.get("name"),
                        "city", site.get("city"), "country", site.get("country"),
                        "centralFunction", site.get("centralFunction"), "persons", site.get("persons")))
                .toList());
        sites.add(Map.of("name", "Service desk", "city", "Linz", "country", "AT", "persons", 5));
        as("staff", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("reason", "ADDRESS_CHANGE", "scope", extended, "note", "wider"))
                .post("/api/v1/certificates/" + certificateId + "/reissue")
                .then().statusCode(409).body("type", endsWith("scope-change-needs-decision"));

        LocalDate today = overdueDay;
        String extensionAuditId = as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("scope", extended, "sites", sites, "days", 1.0, "reason", "The client opens a service desk in Linz",
                        "dueBy", today.plusDays(60).toString()))
                .post("/api/v1/programmes/" + programmeId + "/scope-extensions")
                .then().statusCode(201).body("type", equalTo("SCOPE_EXTENSION")).extract().path("id");
        LocalDate start = today.plusDays(20);
        book(extensionAuditId, start, List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR")));
        await().atMost(PATIENCE).until(() -> as("auditor1", AUDIT).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId").contains(extensionAuditId));
        workOffline(extensionAuditId, List.of());
        complete(extensionAuditId, "CERTIFY", start.plusDays(1));

        String extensionId = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("certificateId", certificateId)
                        .queryParam("kind", "SCOPE_EXTENSION").get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath().<String>getList("items.id"),
                ids -> !ids.isEmpty()).getFirst();
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + certificateNumber)
                .then().statusCode(200).body("scope", equalTo(scope)).body("sites.city", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("Linz")));
        as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "The extension audit shows the Linz service desk conforms."))
                .post("/api/v1/decisions/" + extensionId + "/grant")
                .then().statusCode(200).body("certificate.scope", equalTo(extended));

        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + certificateNumber)
                .then().statusCode(200).body("scope", equalTo(extended))
                .body("sites.city", org.hamcrest.Matchers.hasItem("Linz"));
        TopicRecorder.Recorded revised = topics.await(EventType.CERTIFICATE_REVISED.type(),
                r -> r.key().equals(certificateId) && "SCOPE_EXTENSION".equals(JsonPath.from(r.value()).getString("reason")));
        assertThat(JsonPath.from(revised.value()).getString("decisionId")).isEqualTo(extensionId);
    }

    @Test
    @Order(17)
    void theWholeCycleTravelledAsCloudEvents() {
        List<String> ofThisClient = topics.all().stream()
                .filter(r -> List.of(clientId, stage1AuditId, stage2AuditId, certificateId).contains(r.key()))
                .map(TopicRecorder.Recorded::type).distinct().toList();
        assertThat(ofThisClient).contains(EventType.CLIENT_REGISTERED.type(), EventType.QUOTATION_ISSUED.type(),
                EventType.CONTRACT_SIGNED.type(), EventType.AUDIT_SCHEDULED.type(), EventType.AUDIT_COMPLETED.type(),
                EventType.NONCONFORMITIES_CLOSED.type(), EventType.CERTIFICATE_ISSUED.type(),
                EventType.CERTIFICATE_EXPIRING.type(), EventType.CERTIFICATE_SUSPENDED.type());
        topics.all().forEach(r -> {
            assertThat(EventType.ofType(r.type())).as("known type %s", r.type()).isPresent();
            assertThat(r.topic()).isEqualTo(EventType.ofType(r.type()).orElseThrow().topic());
            assertThat(r.headers()).containsEntry("ce_specversion", "1.0").containsEntry("ce_subject", r.key());
        });
        assertThat(topics.ofType(EventType.CERTIFICATE_EXPIRING.type())).hasSize(3);
    }

    @Test
    @Order(17)
    void theClientsContactWasMailedOfEachStepOnceAndThePlanningDeskOfTheMissedWindow() {
        List<String> steps = List.of("Quotation 1 for Nordwind IT Services GmbH", "stage 1 audit booked: ",
                "stage 2 audit booked: ", "Certificate " + certificateNumber + " issued",
                "Certificate " + certificateNumber + " suspended", "Certificate " + certificateNumber + " reinstated");
        String expiring = "Certificate " + certificateNumber + " expires on " + expiryDate;
        List<String> subjects = await().atMost(PATIENCE).until(() -> platform.mail().inbox(NORDWIND_CONTACT).stream()
                .map(MailServer.Mail::subject).toList(), received -> steps.stream().allMatch(step -> received.stream()
                .anyMatch(subject -> subject.startsWith(step))) && received.stream().filter(expiring::equals).count() == 3);
        // once each, although the booking of stage 1 was delivered twice and the broker was down meanwhile
        steps.forEach(step -> assertThat(subjects.stream().filter(subject -> subject.startsWith(step))).as(step).hasSize(1));
        assertThat(subjects).filteredOn(expiring::equals).as("90, 60 and 30 days before").hasSize(3);
        assertThat(platform.mail().inbox("auditor1@auditors.opencert.test")).extracting(MailServer.Mail::subject)
                .as("the lead's bookings, each with its calendar event")
                .filteredOn(subject -> subject.startsWith("Booked: stage ") && subject.contains("Nordwind")).hasSize(2);
        assertThat(platform.mail().inbox("planning@opencert.test")).extracting(MailServer.Mail::subject)
                .contains("Overdue: surveillance of Nordwind IT Services GmbH due by " + overdueDay.minusDays(1));
        as("staff", NOTIFICATION).queryParam("clientId", clientId).queryParam("recipient", NORDWIND_CONTACT)
                .queryParam("state", "SENT").queryParam("size", 100)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(subjects.size()));
    }

    @Test
    @Order(18)
    void aClientTransfersFromAnotherBodyAndIsQuotedTheRestOfItsCycle() {
        transferredExpiry = LocalDate.now(ZoneOffset.UTC).plusMonths(20);
        transferClientId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("legalName", "Kestrel Managed Services AG", "registrationNumber", "CHE-200.001.234",
                        "city", "Zurich", "country", "CH", "persons", 8,
                        "scope", "Operation of a service desk for managed workplace services",
                        "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        transferClientUser = "kestrel";
        platform.keycloak().createClientUser(transferClientUser, transferClientUser, transferClientId);

        Map<String, Object> answers = new java.util.HashMap<>(Map.of("clientId", transferClientId, "persons", 8,
                "sites", List.of(Map.of("name", "Head office", "city", "Zurich", "country", "CH",
                        "centralFunction", true, "persons", 8)),
                "services", List.of("Service desk"),
                "scope", "Operation of a service desk for managed workplace services",
                "standards", List.of("ISO_IEC_20000_1_2018"), "serviceComplexity", "LOW", "suppliers", 1,
                "integratedSystem", "NONE"));
        answers.put("transfer", Map.of("certificateNumber", "OB-20000-4711", "body", "Other Body Certification SA",
                "expiry", transferredExpiry.toString(), "openNonconformities", 1, "accredited", true,
                "suspended", false));
        String questionnaireId = as(transferClientUser, CLIENT).contentType(ContentType.JSON).body(answers)
                .post("/api/v1/questionnaires")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");
        as("staff", CLIENT).contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .post("/api/v1/questionnaires/" + questionnaireId + "/review")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("preTransferReview"));
        String review = "One minor nonconformity open (8.5.1), corrective action plan accepted; certificate valid";
        as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REVIEWED", "preTransferReview", review))
                .post("/api/v1/questionnaires/" + questionnaireId + "/review")
                .then().statusCode(200).body("status", equalTo("REVIEWED"));

        JsonPath quotation = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", transferClientId, "questionnaireId", questionnaireId))
                .post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("ISSUED"))
                .body("transfer.certificateNumber", equalTo("OB-20000-4711"))
                .body("transfer.body", equalTo("Other Body Certification SA"))
                .body("transfer.expiry", equalTo(transferredExpiry.toString()))
                .body("transfer.openNonconformities", equalTo(1))
                .body("preTransferReview", equalTo(review))
                .extract().jsonPath();
        assertThat(quotation.<String>getList("audits.type")).doesNotContain("STAGE_1", "STAGE_2").contains("RECERTIFICATION");

        transferContractId = as(transferClientUser, CLIENT).post("/api/v1/quotations/" + quotation.getString("id") + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("contractId");
        topics.await(EventType.CONTRACT_SIGNED.type(), r -> r.key().equals(transferClientId));
    }

    @Test
    @Order(19)
    void schedulingPlansTheRestOfTheTransferredCycle() {
        JsonPath programmes = await().atMost(PATIENCE).until(
                () -> as("staff", SCHEDULING).queryParam("clientId", transferClientId).get("/api/v1/programmes")
                        .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items").size() == 1);
        transferProgrammeId = programmes.getString("items[0].id");
        JsonPath programme = as("staff", SCHEDULING).get("/api/v1/programmes/" + transferProgrammeId)
                .then().statusCode(200)
                .body("contractId", equalTo(transferContractId))
                .body("transferredFrom.certificateNumber", equalTo("OB-20000-4711"))
                .body("transferredFrom.issuingBody", equalTo("Other Body Certification SA"))
                .extract().jsonPath();
        assertThat(plannedAudits(programme, "STAGE_1")).isEmpty();
        assertThat(plannedAudits(programme, "STAGE_2")).isEmpty();
        assertThat(plannedAudits(programme, "RECERTIFICATION")).hasSize(1);
        assertThat(LocalDate.parse(plannedAudit(programme, "RECERTIFICATION").get("dueBy").toString()))
                .isBefore(transferredExpiry);
    }

    @Test
    @Order(20)
    void anIndependentDecisionMakerGrantsTheTransferAndTheRegisterShowsTheCycleContinued() {
        String transferDecisionId = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("clientId", transferClientId).get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        .filter(d -> "TRANSFER".equals(d.get("kind"))).map(d -> d.get("id").toString()).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        as("decider", CERTIFICATE).get("/api/v1/decisions/" + transferDecisionId)
                .then().statusCode(200)
                .body("kind", equalTo("TRANSFER"))
                .body("standard", equalTo("ISO_IEC_20000_1_2018"))
                .body("contractId", equalTo(transferContractId))
                .body("auditId", org.hamcrest.Matchers.nullValue())
                .body("transfer.certificateNumber", equalTo("OB-20000-4711"))
                .body("transfer.issuingBody", equalTo("Other Body Certification SA"))
                .body("transfer.expiryDate", equalTo(transferredExpiry.toString()))
                .body("transfer.openNonconformities", equalTo(1))
                .body("transfer.preTransferReview", org.hamcrest.Matchers.startsWith("One minor nonconformity open"));

        JsonPath granted = as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "The pre-transfer review shows a valid accredited certificate; "
                        + "the minor nonconformity has an accepted plan."))
                .post("/api/v1/decisions/" + transferDecisionId + "/grant")
                .then().statusCode(200).extract().jsonPath();
        transferCertificateId = granted.getString("certificate.id");
        String number = granted.getString("certificate.number");
        assertThat(number).matches("CB-\\d{4}-\\d{6}");
        assertThat(LocalDate.parse(granted.getString("certificate.expiryDate"))).isEqualTo(transferredExpiry);
        topics.await(EventType.CERTIFICATE_ISSUED.type(), r -> r.key().equals(transferCertificateId));

        JsonPath register = RestAssured.given().baseUri(url(CERTIFICATE)).queryParam("holder", "Kestrel Managed")
                .get("/api/v1/public/certificates")
                .then().statusCode(200).extract().jsonPath();
        assertThat(register.<String>getList("items.number")).containsExactly(number);
        assertThat(register.getString("items[0].status")).isEqualTo("ACTIVE");
        assertThat(register.getString("items[0].expiryDate")).isEqualTo(transferredExpiry.toString());
        RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + number)
                .then().statusCode(200)
                .body("holder", equalTo("Kestrel Managed Services AG"))
                .body("status", equalTo("ACTIVE"))
                .body("expiryDate", equalTo(transferredExpiry.toString()));
    }

    @Test
    @Order(21)
    void theTransferProgrammeMaintainsTheIssuedCertificate() {
        await().atMost(PATIENCE).until(() -> as("staff", SCHEDULING).get("/api/v1/programmes/" + transferProgrammeId)
                .then().statusCode(200).extract().jsonPath().getString("certificateId"), transferCertificateId::equals);
        as("staff", SCHEDULING).queryParam("clientId", transferClientId).get("/api/v1/programmes")
                .then().statusCode(200).body("items[0].certificateId", equalTo(transferCertificateId));
    }

    @Test
    @Order(22)
    void aClientWithSeventeenSitesIsQuotedAndContractedForAllOfThem() {
        multiSiteClientId = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("legalName", "Heron Retail IT Ltd", "registrationNumber", "GB 0200017",
                        "city", "Leeds", "country", "GB", "persons", 260,
                        "scope", "IT services for the group's stores", "standards", List.of("ISO_IEC_20000_1_2018")))
                .post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        List<Map<String, Object>> sites = new java.util.ArrayList<>(List.of(Map.of("name", "Head office",
                "city", "Leeds", "country", "GB", "centralFunction", true, "persons", 100)));
        for (int i = 1; i <= 16; i++) {
            sites.add(Map.of("name", "Store " + i, "city", "Town " + i, "country", "GB", "centralFunction", false,
                    "persons", 10));
        }
        String questionnaire = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", multiSiteClientId, "persons", 260, "sites", sites,
                        "services", List.of("Store IT support"), "scope", "IT services for the group's stores",
                        "standards", List.of("ISO_IEC_20000_1_2018"), "serviceComplexity", "LOW", "suppliers", 1,
                        "integratedSystem", "NONE"))
                .post("/api/v1/questionnaires")
                .then().statusCode(201).extract().path("id");
        as("staff", CLIENT).contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED"))
                .post("/api/v1/questionnaires/" + questionnaire + "/review").then().statusCode(200);

        JsonPath quotation = as("staff", CLIENT).contentType(ContentType.JSON)
                .body(Map.of("clientId", multiSiteClientId, "questionnaireId", questionnaire))
                .post("/api/v1/quotations")
                .then().statusCode(201).extract().jsonPath();
        assertThat(quotation.<String>getList("sites.name")).hasSize(17).contains("Head office", "Store 1", "Store 16");
        // stage 2 visits the central function and √16 = 4 stores
        assertThat(quotation.<Map<String, Object>>getList("audits").stream()
                .filter(a -> "STAGE_2".equals(a.get("type"))).findFirst().orElseThrow().get("siteDays").toString()
                .split(", ")).hasSize(5);

        String contractId = as("staff", CLIENT).post("/api/v1/quotations/" + quotation.getString("id") + "/acceptance")
                .then().statusCode(200).extract().path("contractId");
        as("staff", CLIENT).get("/api/v1/contracts/" + contractId).then().statusCode(200)
                .body("sites", org.hamcrest.Matchers.hasSize(17));
        TopicRecorder.Recorded signed = topics.await(EventType.CONTRACT_SIGNED.type(),
                r -> r.key().equals(multiSiteClientId));
        assertThat(JsonPath.from(signed.value()).getList("sites")).hasSize(17);
    }

    @Test
    @Order(23)
    void eachAuditOfTheSeventeenSiteClientVisitsItsSample() {
        multiSiteProgrammeId = await().atMost(PATIENCE).until(
                () -> as("staff", SCHEDULING).queryParam("clientId", multiSiteClientId).get("/api/v1/programmes")
                        .then().statusCode(200).extract().jsonPath().<String>getList("items.id"),
                ids -> ids.size() == 1).getFirst();
        JsonPath programme = as("staff", SCHEDULING).get("/api/v1/programmes/" + multiSiteProgrammeId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(programme.getList("sites")).hasSize(17);
        String stage1 = plannedAudit(programme, "STAGE_1").get("id").toString();
        multiSiteStage2Id = plannedAudit(programme, "STAGE_2").get("id").toString();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, String>> team = List.of(Map.of("username", "auditor1", "role", "LEAD_AUDITOR"));
        book(multiSiteProgrammeId, stage1, today.plusDays(20), team);
        assertThat(visitedSites(stage1)).containsExactly("Head office");
        workOffline(stage1, List.of());
        complete(stage1, "CONTINUE", today.plusDays(21));

        LocalDate start = today.plusDays(50);
        await().atMost(PATIENCE).until(() -> as("staff", SCHEDULING).contentType(ContentType.JSON)
                .body(Map.of("startDate", start.toString(), "endDate", start.plusDays(1).toString(), "team", team))
                .post("/api/v1/programmes/" + multiSiteProgrammeId + "/audits/" + multiSiteStage2Id + "/booking")
                .then().extract().statusCode(), status -> status == 200);
        Map<String, Object> stage2 = plannedAudit(as("staff", SCHEDULING).get("/api/v1/programmes/" + multiSiteProgrammeId)
                .then().statusCode(200).extract().jsonPath(), "STAGE_2");
        assertThat(stage2.get("sampleFixed")).isEqualTo(true);
        List<Map<String, Object>> sample = (List<Map<String, Object>>) stage2.get("sample");
        assertThat(sample).hasSize(5);
        assertThat(sample.getFirst().get("reason")).isEqualTo("central function, visited at every audit");
        assertThat(sample.subList(1, 5)).allSatisfy(site -> assertThat(site.get("reason").toString())
                .startsWith("not yet visited in this cycle"));
        JsonPath scheduled = JsonPath.from(topics.await(EventType.AUDIT_SCHEDULED.type(),
                r -> r.key().equals(multiSiteStage2Id)).value());
        assertThat(scheduled.getList("sites")).hasSize(5);
        assertThat(scheduled.getList("coveredSites")).hasSize(17);
        assertThat(visitedSites(multiSiteStage2Id)).hasSize(5)
                .containsExactlyElementsOf(sample.stream().map(site -> site.get("name").toString()).toList());
        workOffline(multiSiteStage2Id, List.of());
        complete(multiSiteStage2Id, "CERTIFY", start.plusDays(1));
    }

    @Test
    @Order(24)
    void theSeventeenSiteCertificateAndThePublicRegisterListEverySite() {
        String decision = await().atMost(PATIENCE).until(
                () -> as("decider", CERTIFICATE).queryParam("clientId", multiSiteClientId).get("/api/v1/decisions")
                        .then().statusCode(200).extract().jsonPath().<String>getList("items.id"),
                ids -> !ids.isEmpty()).getFirst();
        as("decider", CERTIFICATE).get("/api/v1/decisions/" + decision).then().statusCode(200)
                .body("sites", org.hamcrest.Matchers.hasSize(17))
                .body("visitedSites", org.hamcrest.Matchers.hasSize(5));
        String number = as("decider", CERTIFICATE).contentType(ContentType.JSON)
                .body(Map.of("rationale", "Stage 2 at the head office and four stores shows an effective SMS."))
                .post("/api/v1/decisions/" + decision + "/grant")
                .then().statusCode(200).body("certificate.sites", org.hamcrest.Matchers.hasSize(17))
                .extract().path("certificate.number");
        JsonPath register = RestAssured.given().baseUri(url(CERTIFICATE)).get("/api/v1/public/certificates/" + number)
                .then().statusCode(200).extract().jsonPath();
        assertThat(register.<String>getList("sites.name")).hasSize(17).contains("Head office", "Store 1", "Store 16");
        String page = RestAssured.given().baseUri(url(CERTIFICATE)).get("/register/certificates/" + number)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Head office", "Store 1", "Store 16");
    }

    /** The sites audit-service's audit visits, by name. */
    private List<String> visitedSites(String auditId) {
        return await().atMost(PATIENCE).until(() -> as("staff", AUDIT).get("/api/v1/audits/" + auditId)
                .then().extract(), response -> response.statusCode() == 200).jsonPath().getList("sites.name");
    }

    private void book(String auditId, LocalDate start, List<Map<String, String>> team) {
        book(programmeId, auditId, start, team);
    }

    /** Answers the checklist items of {@code clause} NOT_AUDITED and every other CONFORMING, in one batch. */
    private void leaveNotAudited(String auditId, String clause) {
        List<Map<String, Object>> answers = as("auditor1", AUDIT).get("/api/v1/auditor/audits/" + auditId + "/bundle")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("checklist").stream()
                .map(item -> Map.<String, Object>of("itemId", item.get("id"), "baseVersion", item.get("version"),
                        "answer", clause.equals(item.get("clause")) ? "NOT_AUDITED" : "CONFORMING"))
                .toList();
        assertThat(answers).anySatisfy(answer -> assertThat(answer.get("answer")).isEqualTo("NOT_AUDITED"));
        as("auditor1", AUDIT).contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID().toString(), "answers", answers, "findings", List.of()))
                .post("/api/v1/auditor/audits/" + auditId + "/sync")
                .then().statusCode(200).body("conflicts", equalTo(0));
    }

    private static double daysOf(JsonPath quotation, String type) {
        return quotation.<Map<String, Object>>getList("audits").stream().filter(a -> type.equals(a.get("type")))
                .mapToDouble(a -> ((Number) a.get("days")).doubleValue()).findFirst().orElseThrow();
    }
}
