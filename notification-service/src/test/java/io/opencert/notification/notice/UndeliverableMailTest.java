package io.opencert.notification.notice;

import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.Contact;
import io.opencert.localstack.MailTestResource;
import io.opencert.notification.NotificationTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CLIENT_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A mail refused on every try is undeliverable; staff send it again, and only such a mail. */
@QuarkusTest
@TestProfile(UndeliverableMailTest.TwoTries.class)
@TestSecurity(user = "staff", roles = "cb-staff")
class UndeliverableMailTest extends NotificationTestBase {

    public static class TwoTries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cb.notification.max-attempts", "2");
        }
    }

    @Test
    void staffSendAnUndeliverableMailAgainOnceTheRelayIsBack() {
        Contact ivan = contact("Ivan Iota");
        UUID client = driver.register("Iota Hosting KG", ivan);
        MailTestResource.proxy().cutOff();
        driver.deliver(CLIENT_EVENTS, new QuotationIssuedV1(UUID.randomUUID(), client, 3, new BigDecimal("990.00"),
                "EUR", LocalDate.now().plusDays(60), Instant.now()));

        JsonPath refused = await().atMost(Duration.ofSeconds(20)).until(() -> driver.mailsOf(client),
                mails -> "UNDELIVERABLE".equals(mails.getString("items[0].state")));
        assertThat(refused.getInt("items[0].attempts")).isEqualTo(2);
        String id = refused.getString("items[0].id");
        MailTestResource.proxy().restore();

        given().when().post("/api/v1/notifications/{id}/send-again", id)
                .then().statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        assertThat(driver.mailsTo(ivan.email(), 1).getFirst().subject()).isEqualTo("Quotation 3 for Iota Hosting KG");
        driver.awaitAllSent(client, 1);

        given().when().post("/api/v1/notifications/{id}/send-again", id)
                .then().statusCode(409)
                .body("type", equalTo("https://opencert.io/problems/send-again-only-undeliverable"));
        assertThat(driver.inbox(ivan.email())).hasSize(1);
    }
}
