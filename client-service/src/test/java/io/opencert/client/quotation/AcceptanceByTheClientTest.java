package io.opencert.client.quotation;

import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.PlannedAuditDays;
import io.opencert.events.model.Standard;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * One quotation from issue to contract, each step as the user who takes it: the certification body's staff issue
 * it for client-a's organisation, client-b's user cannot reach it, client-a's user accepts it once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcceptanceByTheClientTest {
    private static final String PROBLEMS = "https://opencert.io/problems/";

    private static String quotationId;
    private static String contractId;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @Order(1)
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffIssueAQuotationForTheClient() {
        quotationId = Fixtures.issueQuotation(Fixtures.CLIENT_A, 90);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_B))
    void anotherOrganisationsUserFindsNoSuchQuotation() {
        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_A))
    void theClientsUserAcceptsAndTheContractIsAnnounced() {
        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("totalPrice", equalTo(4000.0f));

        contractId = given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(200)
                .body("quotationId", equalTo(quotationId))
                .body("status", equalTo("ACCEPTED"))
                .extract().path("contractId");

        CloudEvents.Published<ContractSignedV1> published = CloudEvents.published(connector, ContractSignedV1.class,
                event -> event.contractId().toString().equals(contractId));
        OutgoingCloudEventMetadata<?> attributes = published.attributes();
        assertThat(attributes.getType()).isEqualTo("cb.client.contract-signed.v1");
        assertThat(attributes.getSubject()).contains(Fixtures.CLIENT_A);
        assertThat(attributes.getSource()).isEqualTo(URI.create("/client-service"));
        ContractSignedV1 signed = published.data();
        assertThat(signed.clientId()).isEqualTo(UUID.fromString(Fixtures.CLIENT_A));
        assertThat(signed.quotationId()).isEqualTo(UUID.fromString(quotationId));
        assertThat(signed.clientName()).isEqualTo("Alpha Managed Services GmbH");
        assertThat(signed.scope()).startsWith("Operation of managed IT services");
        assertThat(signed.standards()).containsExactly(Standard.ISO_IEC_20000_1_2018);
        assertThat(signed.sites()).singleElement().satisfies(site -> {
            assertThat(site.name()).isEqualTo("Head office");
            assertThat(site.city()).isEqualTo("Berlin");
            assertThat(site.centralFunction()).isTrue();
        });
        assertThat(signed.auditDays()).containsExactly(
                new PlannedAuditDays(AuditType.STAGE_1, new BigDecimal("1.0")),
                new PlannedAuditDays(AuditType.STAGE_2, new BigDecimal("1.5")),
                new PlannedAuditDays(AuditType.SURVEILLANCE, new BigDecimal("1.0")),
                new PlannedAuditDays(AuditType.RECERTIFICATION, new BigDecimal("1.5")));
        assertThat(signed.excludedAuditors()).isEmpty();
        assertThat(signed.signedAt()).isNotNull();
        assertThat(signed.transfer()).isNull();
        assertThat(signed.cloudExtension()).isNull();
    }

    @Test
    @Order(4)
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_A))
    void theClientsUserReadsTheContractAndCannotAcceptTwice() {
        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(200)
                .body("clientId", equalTo(Fixtures.CLIENT_A))
                .body("signedBy", equalTo("client-a"))
                .body("signedOnBehalf", equalTo(false))
                .body("standards", contains("ISO_IEC_20000_1_2018"))
                .body("totalPrice", equalTo(4000.0f));

        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "quotation-not-issued"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = Fixtures.CLIENT_B))
    void anotherOrganisationsUserFindsNoSuchContract() {
        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(404);
    }
}
