package io.opencert.client;

import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests the tests share; the caller's identity comes from the test's {@code @TestSecurity}. */
public final class Fixtures {
    /** The organisations (test fixtures in db/fixtures) of the realm's client users client-a and client-b. */
    public static final String CLIENT_A = "c1a00000-0000-4000-8000-000000000001";
    public static final String CLIENT_B = "c1b00000-0000-4000-8000-000000000002";

    /** Organisations (db/fixtures) whose users fill in questionnaires (D) and whom the certification body consulted (E). */
    public static final String CLIENT_D = "c1d00000-0000-4000-8000-000000000004";
    public static final String CLIENT_E = "c1e00000-0000-4000-8000-000000000005";

    /**
     * Questionnaire answers: a central function of 100 and a data centre of 50 persons, ISO/IEC 20000-1 with the
     * cloud extension, a transfer from another certification body.
     */
    public static Map<String, Object> answers(String clientId) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("clientId", clientId);
        answers.put("persons", 150);
        answers.put("sites", List.of(
                Map.of("name", "Munich head office", "city", "Munich", "country", "DE", "centralFunction", true,
                        "persons", 100),
                Map.of("name", "Frankfurt data centre", "city", "Frankfurt", "country", "DE", "centralFunction", false,
                        "persons", 50)));
        answers.put("services", List.of("Managed IaaS", "Collaboration SaaS", "Service desk"));
        answers.put("scope", "Design, transition and operation of IaaS and SaaS cloud services for business customers");
        answers.put("standards", List.of("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"));
        answers.put("cloudServiceModels", List.of("IAAS", "SAAS"));
        answers.put("cloudDeploymentModels", List.of("PUBLIC", "PRIVATE"));
        answers.put("serviceComplexity", "NORMAL");
        answers.put("suppliers", 3);
        answers.put("outsourcedProcesses", "Physical data centre security");
        answers.put("integratedSystem", "ISO_IEC_27001");
        answers.put("transfer", Map.of("certificateNumber", "OC-2024-0815", "body", "Other Certification GmbH",
                "expiry", "2099-12-31", "openNonconformities", 1, "accredited", true, "suspended", false));
        return answers;
    }

    /** {@link #answers} of an applicant for a first certification cycle: without the transfer. */
    public static Map<String, Object> firstCycleAnswers(String clientId) {
        Map<String, Object> answers = answers(clientId);
        answers.remove("transfer");
        return answers;
    }

    /** Fills in a questionnaire (as a client user of the client, or staff); its id. */
    public static String submitQuestionnaire(String clientId) {
        return submitQuestionnaire(answers(clientId));
    }

    public static String submitQuestionnaire(Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(answers)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * Reviews a submitted questionnaire (with the transfer of {@link #answers}: its one open nonconformity is minor) as
     * fit for quotations (as staff).
     */
    public static void reviewQuestionnaire(String questionnaireId) {
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REVIEWED", "preTransferReview",
                        "One minor nonconformity open (8.3.4), corrective action plan accepted; certificate valid",
                        "openMajorNonconformities", 0))
                .when().post("/api/v1/questionnaires/{id}/review", questionnaireId)
                .then().statusCode(200);
    }

    public static Map<String, Object> registration(String legalName, int persons) {
        return Map.of(
                "legalName", legalName,
                "registrationNumber", "HRB " + UUID.randomUUID(),
                "city", "Hamburg",
                "country", "DE",
                "persons", persons,
                "scope", "Operation of data centre and service desk services",
                "standards", List.of("ISO_IEC_20000_1_2018"));
    }

    /** Registers a client (as cb-staff or cb-admin); its id. */
    public static String registerClient(String legalName, int persons) {
        return given().contentType(ContentType.JSON).body(registration(legalName, persons))
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Issues a quotation (as cb-staff); its id. */
    public static String issueQuotation(String clientId, int validDays) {
        return given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "validDays", validDays))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The in-memory channel of cb.certificate-events. */
    public static final String CERTIFICATE_EVENTS = "certificate-events";

    /**
     * CertificateIssued of a new certificate (revision 1) of the standard for a client, decided on {@code decisionDate}
     * and valid 3 years less a day from it, as certificate-service announces it.
     */
    public static CertificateIssuedV1 certificateIssued(String clientId, Standard standard, LocalDate decisionDate) {
        UUID certificateId = UUID.randomUUID();
        String number = "CB-" + decisionDate.getYear() + "-"
                + certificateId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return new CertificateIssuedV1(certificateId, number, 1, UUID.fromString(clientId), "Certified Holder GmbH",
                standard, "Operation of data centre and service desk services",
                List.of(new Site(UUID.randomUUID(), "Head office", "Hamburg", "DE", true, 20)), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), decisionDate, decisionDate, decisionDate,
                decisionDate.plusYears(3).minusDays(1), Instant.now());
    }

    /**
     * Delivers a certificate event as the Kafka connector would, with this CloudEvents id (the same id twice is a
     * redelivery), and returns once client-service acknowledged it; a nack fails the test.
     */
    public static void deliverCertificateEvent(InMemoryConnector connector, EventPayload event, UUID eventId) {
        CloudEvents.deliver(connector, CERTIFICATE_EVENTS, event, eventId);
    }

    private Fixtures() {
    }
}
