package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.Standard;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A cloud extension is quoted, issued and contracted only while the client holds an active (not suspended, withdrawn
 * or expired) ISO/IEC 20000-1 certificate here: otherwise 409 cloud-extension-needs-active-certificate, and nothing
 * is stored or announced.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestSecurity(user = "staff", roles = "cb-staff")
class CloudExtensionNeedsActiveCertificateTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String NEEDS_CERTIFICATE =
            "https://opencert.io/problems/cloud-extension-needs-active-certificate";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void withoutAnyCertificateHereNoCloudExtensionIsQuotedAndNothingIsStored() {
        String clientId = Fixtures.registerClient("Kappa Cloud Newcomer GmbH", 150);
        String questionnaireId = reviewedCloudQuestionnaire(clientId);

        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "questionnaireId", questionnaireId, "cloudExtension", "OWN_AUDIT"))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(NEEDS_CERTIFICATE))
                .body("title", equalTo("No active ISO/IEC 20000-1 certificate to extend"))
                .body("detail", startsWith("The client holds no ISO/IEC 20000-1 certificate here, and a cloud "
                        + "extension (ISO/IEC TR 20000-9) is quoted and contracted only for a holder of an active "
                        + "ISO/IEC 20000-1:2018 certificate"))
                .body("violations.field", contains("cloudExtension"));

        given().queryParam("clientId", clientId).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items", empty());
        assertThat(CloudEvents.allPublished(connector, QuotationIssuedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(clientId));
    }

    @Test
    void aSuspendedCertificateCarriesNoCloudExtension() {
        String clientId = Fixtures.registerClient("Lambda Suspended Cloud GmbH", 150);
        String questionnaireId = reviewedCloudQuestionnaire(clientId);
        CertificateIssuedV1 issued = certified(clientId);
        suspend(issued);

        given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "questionnaireId", questionnaireId,
                        "cloudExtension", "WITH_SURVEILLANCE"))
                .when().post("/api/v1/quotations")
                .then().statusCode(409)
                .body("type", equalTo(NEEDS_CERTIFICATE))
                .body("detail", startsWith("The client holds " + issued.number()
                        + " (ISO/IEC 20000-1:2018, SUSPENDED, valid until " + issued.expiryDate() + ") here"));
        given().queryParam("clientId", clientId).when().get("/api/v1/quotations")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aDraftIsNotIssuedOnceTheCertificateIsSuspended() {
        String clientId = Fixtures.registerClient("Mu Draft Cloud GmbH", 150);
        String questionnaireId = reviewedCloudQuestionnaire(clientId);
        CertificateIssuedV1 issued = certified(clientId);
        String draftId = given().contentType(ContentType.JSON).body(Map.of("clientId", clientId,
                        "questionnaireId", questionnaireId, "cloudExtension", "OWN_AUDIT", "draft", true))
                .when().post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        suspend(issued);

        given().when().post("/api/v1/quotations/{id}/issue", draftId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(NEEDS_CERTIFICATE));

        given().when().get("/api/v1/quotations/{id}", draftId)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertThat(CloudEvents.allPublished(connector, QuotationIssuedV1.class))
                .noneMatch(event -> event.data().quotationId().toString().equals(draftId));
    }

    @Test
    void anIssuedCloudExtensionIsNotAcceptedOnceTheCertificateIsWithdrawn() {
        String clientId = Fixtures.registerClient("Nu Withdrawn Cloud GmbH", 150);
        String questionnaireId = reviewedCloudQuestionnaire(clientId);
        CertificateIssuedV1 issued = certified(clientId);
        String quotationId = given().contentType(ContentType.JSON).body(Map.of("clientId", clientId,
                        "questionnaireId", questionnaireId, "cloudExtension", "OWN_AUDIT"))
                .when().post("/api/v1/quotations")
                .then().statusCode(201).body("status", equalTo("ISSUED"))
                .extract().path("id");
        Fixtures.deliverCertificateEvent(connector, new CertificateWithdrawnV1(issued.certificateId(),
                issued.number(), issued.clientId(), "misuse of the mark", TODAY, UUID.randomUUID()), UUID.randomUUID());

        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(NEEDS_CERTIFICATE))
                .body("detail", startsWith("The client holds " + issued.number() + " (ISO/IEC 20000-1:2018, WITHDRAWN"));

        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        assertThat(CloudEvents.allPublished(connector, ContractSignedV1.class))
                .noneMatch(event -> event.data().clientId().toString().equals(clientId));
    }

    private static String reviewedCloudQuestionnaire(String clientId) {
        String questionnaireId = Fixtures.submitQuestionnaire(Fixtures.firstCycleAnswers(clientId));
        Fixtures.reviewQuestionnaire(questionnaireId);
        return questionnaireId;
    }

    private CertificateIssuedV1 certified(String clientId) {
        CertificateIssuedV1 issued = Fixtures.certificateIssued(clientId, Standard.ISO_IEC_20000_1_2018,
                TODAY.minusMonths(10));
        Fixtures.deliverCertificateEvent(connector, issued, UUID.randomUUID());
        return issued;
    }

    private void suspend(CertificateIssuedV1 issued) {
        Fixtures.deliverCertificateEvent(connector, new CertificateSuspendedV1(issued.certificateId(), issued.number(),
                issued.clientId(), "MISSED_SURVEILLANCE", TODAY, TODAY.plusMonths(6), UUID.randomUUID()), UUID.randomUUID());
    }
}
