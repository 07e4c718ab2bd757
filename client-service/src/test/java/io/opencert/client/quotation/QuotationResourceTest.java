package io.opencert.client.quotation;

import io.agroal.api.AgroalDataSource;
import io.opencert.client.Fixtures;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
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

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "client"))
class QuotationResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://opencert.io/problems/";

    @Inject
    AdjustableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void pricesTheCycleOfTwelvePersonsWithTheDefaultTariff() {
        String clientId = Fixtures.registerClient("Iota Services GmbH", 12);

        String id = given().contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .body("clientId", equalTo(clientId))
                .body("status", equalTo("ISSUED"))
                .body("version", equalTo(0))
                .body("persons", equalTo(12))
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "SURVEILLANCE", "RECERTIFICATION"))
                // 2.5 initial days: 30% (0.75 -> 1.0) for stage 1, the rest for stage 2; 1/3 and 2/3 of 2.5 days.
                .body("audits.days", contains(1.0f, 1.5f, 1.0f, 1.0f, 1.5f))
                // Day rate 500; the certificate fee 250 with stage 2 and recertification; the annual fee 250.
                .body("audits.price", contains(500.0f, 1000.0f, 750.0f, 750.0f, 1000.0f))
                .body("totalPrice", equalTo(4000.0f))
                .body("currency", equalTo("EUR"))
                .body("validUntil", equalTo(clock.today().plusDays(90).toString()))
                .extract().path("id");

        given().when().get("/api/v1/quotations/{id}", id)
                .then().statusCode(200)
                .body("audits.price", contains(500.0f, 1000.0f, 750.0f, 750.0f, 1000.0f))
                .body("totalPrice", equalTo(4000.0f));

        CloudEvents.Published<QuotationIssuedV1> issued = CloudEvents.published(connector, QuotationIssuedV1.class,
                event -> event.quotationId().toString().equals(id));
        assertThat(issued.attributes().getType()).isEqualTo("cb.client.quotation-issued.v1");
        assertThat(issued.attributes().getSubject()).contains(clientId);
        QuotationIssuedV1 event = issued.data();
        assertThat(event.totalPrice()).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(event.currency()).isEqualTo("EUR");
        assertThat(event.validUntil()).isEqualTo(clock.today().plusDays(90));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffAcceptOnTheClientsBehalfAndTheChangeLogSaysSo() throws SQLException {
        String clientId = Fixtures.registerClient("Kappa Systems GmbH", 30);
        String quotationId = Fixtures.issueQuotation(clientId, 30);

        String contractId = given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(200)
                .body("quotationId", equalTo(quotationId))
                .body("status", equalTo("ACCEPTED"))
                .extract().path("contractId");

        given().when().get("/api/v1/contracts/{id}", contractId)
                .then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .body("quotationId", equalTo(quotationId))
                .body("clientName", equalTo("Kappa Systems GmbH"))
                .body("signedBy", equalTo("staff"))
                .body("signedOnBehalf", equalTo(true))
                // 26-45 persons: 4 days; 1.2 -> 1.0 and 3.0; 1.33 -> 1.5; 2.67 -> 2.5.
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE", "RECERTIFICATION"))
                .body("audits.days", contains(1.0f, 3.0f, 1.5f, 2.5f));
        given().when().get("/api/v1/quotations/{id}", quotationId)
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("version", equalTo(1));
        List<String> changes = changes("Quotation", quotationId);
        assertThat(changes.getFirst())
                .startsWith("staff created: revision 1 for client " + clientId + ": 5750.00 EUR, audit time table version ");
        assertThat(changes.subList(1, changes.size())).containsExactly(
                "staff issued: 5750.00 EUR for client " + clientId + ", valid until " + clock.today().plusDays(30),
                "staff accepted: accepted by the certification body on behalf of the client");
        assertThat(changes("Contract", contractId)).containsExactly("staff signed: from quotation " + quotationId);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anAcceptedQuotationCannotBeAcceptedAgain() {
        String quotationId = Fixtures.issueQuotation(Fixtures.registerClient("Lambda AG", 3), 30);
        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId).then().statusCode(200);

        given().when().post("/api/v1/quotations/{id}/acceptance", quotationId)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "quotation-not-issued"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aQuotationCanBeAcceptedOnItsLastValidDayButNotAfter() {
        String acceptedInTime = Fixtures.issueQuotation(Fixtures.registerClient("Mu Datacenter GmbH", 3), 1);
        String expired = Fixtures.issueQuotation(Fixtures.registerClient("Nu Datacenter GmbH", 3), 1);
        LocalDate lastValidDay = LocalDate.parse(given().when().get("/api/v1/quotations/{id}", expired)
                .then().statusCode(200).extract().path("validUntil"));

        clock.setTo(lastValidDay.atTime(23, 59).toInstant(ZoneOffset.UTC));
        given().when().post("/api/v1/quotations/{id}/acceptance", acceptedInTime)
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        clock.setTo(lastValidDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        given().when().post("/api/v1/quotations/{id}/acceptance", expired)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "quotation-expired"));
        given().when().get("/api/v1/quotations/{id}", expired)
                .then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void rejectsAQuotationForAnUnknownClientOrWithAnInvalidValidity() {
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID().toString()))
                .when().post("/api/v1/quotations")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("clientId"));
        given().contentType(ContentType.JSON).body(Map.of("clientId", Fixtures.CLIENT_A, "validDays", 0))
                .when().post("/api/v1/quotations")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("validDays"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void onlyStaffIssueQuotations() {
        given().contentType(ContentType.JSON).body(Map.of("clientId", Fixtures.CLIENT_A))
                .when().post("/api/v1/quotations")
                .then().statusCode(403);
    }

    /** "actor action: details" of each change of the entity, oldest first. */
    private List<String> changes(String entityType, String entityId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT actor, action, details FROM change_log"
                     + " WHERE entity_type = ? AND entity_id = ? ORDER BY at")) {
            query.setString(1, entityType);
            query.setString(2, entityId);
            List<String> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(rows.getString("actor") + " " + rows.getString("action") + ": "
                            + rows.getString("details"));
                }
            }
            return changes;
        }
    }
}
