package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2011;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * ISO/IEC 20000-1:2011 stopped being certifiable on 2021-09-30: from that day no quotation of it is made, issued or
 * accepted (409 edition-withdrawn), and an applicant's registration or questionnaire naming it is bad input; a
 * certificate of the 2011 edition the client holds keeps its dates.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class EditionWithdrawnTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String EDITION_WITHDRAWN = "https://opencert.io/problems/edition-withdrawn";
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 9, 29);

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void anApplicantForThe2011EditionIsBadInputAndNothingIsStored() {
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Chi Legacy Service GmbH", 20));
        registration.put("standards", List.of("ISO_IEC_20000_1_2011"));

        given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("standards"))
                .body("violations.message", contains("ISO/IEC 20000-1:2011 is no longer certifiable since 2021-09-30 "
                        + "(end of its transition period); apply for ISO/IEC 20000-1:2018 instead"));
        given().queryParam("name", "Chi Legacy").when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("items", empty());

        String clientId = Fixtures.registerClient("Psi Legacy Hosting GmbH", 150);
        Map<String, Object> answers = Fixtures.firstCycleAnswers(clientId);
        answers.put("standards", List.of("ISO_IEC_20000_1_2011", "ISO_IEC_TR_20000_9_2015"));
        given().contentType(ContentType.JSON).body(answers)
                .when().post("/api/v1/questionnaires")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("standards"))
                .body("violations.message", contains(containsString("ISO/IEC 20000-1:2011 is no longer certifiable")));
        given().queryParam("clientId", clientId).when().get("/api/v1/questionnaires")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void fromTheDayTheTransitionEndedA2011QuotationIsNeitherMadeNorIssuedNorAccepted() {
        clock.setTo(LAST_DAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        Map<String, Object> registration = new HashMap<>(Fixtures.registration("Omega Legacy IT GmbH", 20));
        registration.put("standards", List.of("ISO_IEC_20000_1_2011"));
        String drafted = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        registration.put("legalName", "Omega Legacy Operations GmbH");
        registration.put("registrationNumber", "HRB " + UUID.randomUUID());
        String issuedTo = given().contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        String draftId = given().contentType(ContentType.JSON).body(Map.of("clientId", drafted, "draft", true))
                .when().post("/api/v1/quotations")
                .then().statusCode(201).body("standards", contains("ISO_IEC_20000_1_2011"))
                .extract().path("id");
        String issuedId = Fixtures.issueQuotation(issuedTo, 30);

        clock.setTo(LAST_DAY.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC));

        given().contentType(ContentType.JSON).body(Map.of("clientId", drafted))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(EDITION_WITHDRAWN))
                .body("title", equalTo("Edition no longer certifiable"))
                .body("detail", equalTo("ISO/IEC 20000-1:2011 is no longer certifiable since 2021-09-30 (end of its "
                        + "transition period); apply for ISO/IEC 20000-1:2018 instead. Existing certificates keep "
                        + "their dates; no new quotation or contract is made for a withdrawn edition."))
                .body("violations.field", contains("standards"));
        given().when().post("/api/v1/quotations/{id}/issue", draftId)
                .then().statusCode(409)
                .body("type", equalTo(EDITION_WITHDRAWN));
        given().when().post("/api/v1/quotations/{id}/acceptance", issuedId)
                .then().statusCode(409)
                .body("type", equalTo(EDITION_WITHDRAWN));

        given().queryParam("clientId", drafted).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items.id", contains(draftId))
                .body("items.status", contains("DRAFT"));
        given().when().get("/api/v1/quotations/{id}", issuedId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        assertThat(CloudEvents.allPublished(connector, QuotationIssuedV1.class))
                .noneMatch(event -> event.data().quotationId().toString().equals(draftId));
        assertThat(CloudEvents.allPublished(connector, ContractSignedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(issuedTo));
    }

    @Test
    void aCertificateOfThe2011EditionKeepsItsDates() {
        String clientId = Fixtures.registerClient("Alpha Legacy Certified GmbH", 20);
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2011,
                LocalDate.of(2019, 3, 1));
        Fixtures.deliverCertificateEvent(connector, issued, UUID.randomUUID());

        given().when().get("/api/v1/clients/{id}", clientId)
                .then().statusCode(200)
                .body("certificates.number", contains(issued.number()))
                .body("certificates.standard", contains("ISO_IEC_20000_1_2011"))
                .body("certificates.expiryDate", contains("2022-02-28"));
    }
}
