package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.EventPayload;
import io.opencert.events.certificate.CertificateExpiredV1;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * One live certificate per holder and standard: a whole certification cycle (stage 1 and stage 2) is not quoted, issued
 * or accepted for a client that holds a live, or still restorable, certificate of the standard here (409
 * already-certified); a withdrawn certificate, or one expired beyond restoration, leaves the way open, and the cloud
 * extension of the live certificate is quoted as before.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class AlreadyCertifiedQuotationTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String ALREADY_CERTIFIED = "https://opencert.io/problems/already-certified";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aWholeCycleForAClientWithALiveCertificateOfTheStandardIsRefusedAndNothingIsStored() {
        String clientId = Fixtures.registerClient("Omikron Certified Hosting GmbH", 20);
        CertificateIssuedV1 issued = certified(clientId, TODAY.minusMonths(8));

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("title", equalTo("The client is certified here already"))
                .body("status", equalTo(409))
                .body("detail", startsWith("The client holds certificate " + issued.number()
                        + " (ISO/IEC 20000-1:2018, ACTIVE, valid until " + issued.expiryDate() + ") here"))
                .body("detail", containsString("recertification is planned in the certificate's audit programme"))
                .body("instance", equalTo("/api/v1/quotations"));

        given().queryParam("clientId", clientId).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items", empty());
        assertThat(CloudEvents.allPublished(connector, QuotationIssuedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(clientId));
    }

    @Test
    void aSuspendedCertificateRefusesTooAndAfterItsWithdrawalANewInitialCertificationIsQuoted() {
        String clientId = Fixtures.registerClient("Pi Service Operations GmbH", 20);
        CertificateIssuedV1 issued = certified(clientId, TODAY.minusYears(1));
        deliver(new CertificateSuspendedV1(issued.certificateId(), issued.number(), issued.clientId(),
                "UNRESOLVED_MAJOR_NONCONFORMITY", TODAY.minusMonths(6), TODAY, UUID.randomUUID()));

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("detail", containsString(issued.number() + " (ISO/IEC 20000-1:2018, SUSPENDED"));

        deliver(new CertificateWithdrawnV1(issued.certificateId(), issued.number(), issued.clientId(),
                "suspension not lifted within 6 months", TODAY, UUID.randomUUID()));

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("status", equalTo("ISSUED"))
                .body("audits.type", hasItems("STAGE_1", "STAGE_2"));
    }

    @Test
    void anExpiredCertificateRefusesWhileItCanBeRestoredAndNotAfterwards() {
        String restorable = Fixtures.registerClient("Rho Restorable IT GmbH", 20);
        CertificateIssuedV1 lately = certified(restorable, TODAY.minusYears(3).minusMonths(1));
        expired(lately);
        String lapsed = Fixtures.registerClient("Sigma Lapsed IT GmbH", 20);
        expired(certified(lapsed, TODAY.minusYears(4)));

        given().contentType(ContentType.JSON).body(Map.of("clientId", restorable))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("detail", containsString(lately.number() + " (ISO/IEC 20000-1:2018, EXPIRED after "
                        + lately.expiryDate() + ", restorable until " + lately.expiryDate().plusMonths(6) + ")"));
        given().contentType(ContentType.JSON).body(Map.of("clientId", lapsed))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("audits.type", hasItems("STAGE_1", "STAGE_2"));
    }

    @Test
    void theCloudExtensionOfTheLiveCertificateIsQuotedAWholeCycleOfBothStandardsIsNot() {
        String clientId = Fixtures.registerClient("Tau Cloud Services GmbH", 150);
        String questionnaireId = Fixtures.submitQuestionnaire(Fixtures.firstCycleAnswers(clientId));
        Fixtures.reviewQuestionnaire(questionnaireId);
        CertificateIssuedV1 issued = certified(clientId, TODAY.minusMonths(3));

        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "cloudExtension", "OWN_AUDIT"))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("audits.type", contains("CLOUD_EXTENSION"));
        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("detail", startsWith("The client holds certificate " + issued.number()))
                .body("detail", containsString("with a cloud extension quotation (cloudExtension)"));
    }

    @Test
    void aDraftIsNotIssuedOnceTheClientIsCertified() {
        String clientId = Fixtures.registerClient("Upsilon Draft Hosting GmbH", 20);
        String draftId = given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "draft", true))
                .when().post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        CertificateIssuedV1 issued = certified(clientId, TODAY.minusDays(1));

        given().when().post("/api/v1/quotations/{id}/issue", draftId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("detail", containsString(issued.number()));

        given().when().get("/api/v1/quotations/{id}", draftId)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("issuedAt", equalTo(null));
    }

    @Test
    void anIssuedQuotationIsNotAcceptedOnceTheClientIsCertified() {
        String clientId = Fixtures.registerClient("Phi Accepted Late GmbH", 20);
        String quotationId = Fixtures.issueQuotation(clientId, 30);
        CertificateIssuedV1 issued = certified(clientId, TODAY);

        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(ALREADY_CERTIFIED))
                .body("detail", containsString(issued.number()));

        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        assertThat(CloudEvents.allPublished(connector, ContractSignedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(clientId));
    }

    /** certificate-service issued the client an ISO/IEC 20000-1:2018 certificate decided on that day. */
    private CertificateIssuedV1 certified(String clientId, LocalDate decided) {
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, ISO_IEC_20000_1_2018, decided);
        deliver(issued);
        return issued;
    }

    private void expired(CertificateIssuedV1 issued) {
        deliver(new CertificateExpiredV1(issued.certificateId(), issued.number(), issued.clientId(),
                issued.expiryDate(), issued.expiryDate().plusDays(1)));
    }

    private void deliver(EventPayload event) {
        Fixtures.deliverCertificateEvent(connector, event, UUID.randomUUID());
    }
}
