package io.opencert.notification.notice;

import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.notification.NotificationTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CLIENT_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** Who sees which mails: staff all, a client user its own organisation's, nobody else any. */
@QuarkusTest
class NotificationAccessTest extends NotificationTestBase {
    private static final String CLIENT_B = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_B))
    void aClientUserSeesTheMailsToItsOwnOrganisationOnly() {
        UUID own = driver.register(UUID.fromString(CLIENT_B), "Kappa IT GmbH", contact("Karl Kappa"));
        UUID other = driver.register("Lambda IT GmbH", contact("Lena Lambda"));
        driver.deliver(CLIENT_EVENTS, quotation(own));
        driver.deliver(CLIENT_EVENTS, quotation(other));

        org.awaitility.Awaitility.await().until(() -> given().when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getInt("total") >= 1);
        String otherMail = given().when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.clientId", everyItem(equalTo(CLIENT_B)))
                .extract().path("items[0].id");
        given().when().get("/api/v1/notifications/{id}", otherMail).then().statusCode(200)
                .body("clientId", equalTo(CLIENT_B));
        given().queryParam("clientId", other).when().get("/api/v1/notifications").then().statusCode(404);
        given().when().post("/api/v1/notifications/{id}/send-again", otherMail).then().statusCode(403);
        given().when().get("/api/v1/notifications/clients/{id}/reminders", other).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffSeeEveryMailAndBadFiltersAreRefused() {
        UUID client = driver.register("Mu Services AG", contact("Mia Mu"));
        driver.deliver(CLIENT_EVENTS, quotation(client));
        driver.awaitAllSent(client, 1);
        given().when().get("/api/v1/notifications").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
        given().queryParam("recipient", "not an address").when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 1000).when().get("/api/v1/notifications").then().statusCode(400);
        given().queryParam("state", "LOST").when().get("/api/v1/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("state"))
                .body("violations[0].message", equalTo(
                        "must be one of PENDING, SENT, UNDELIVERABLE"));
        given().when().get("/api/v1/notifications/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void auditorsSeeNoMails() {
        given().when().get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void anonymousCallersGetOnlyTheReminderPages() {
        given().when().get("/api/v1/notifications").then().statusCode(401);
        given().when().get("/api/v1/notifications/reminders/{token}", "0".repeat(48)).then().statusCode(404);
        given().when().post("/api/v1/notifications/reminders/{token}", "0".repeat(48)).then().statusCode(404);
    }

    private static QuotationIssuedV1 quotation(UUID client) {
        return new QuotationIssuedV1(UUID.randomUUID(), client, 1, new BigDecimal("1200.00"), "EUR",
                LocalDate.now().plusDays(30), Instant.now());
    }
}
