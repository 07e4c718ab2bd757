package io.opencert.notification.notice;

import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.Contact;
import io.opencert.localstack.MailTestResource;
import io.opencert.notification.NotificationTestBase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CLIENT_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A mail the relay cannot take waits and is tried again; it goes out once the relay is back, once. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class DeliveryRetryTest extends NotificationTestBase {

    @Test
    void aMailWaitsThroughAnOutageOfTheRelayAndGoesOutOnce() {
        Contact hana = contact("Hana Theta");
        UUID client = driver.register("Theta Systems GmbH", hana);
        MailTestResource.proxy().cutOff();
        driver.deliver(CLIENT_EVENTS, new QuotationIssuedV1(UUID.randomUUID(), client, 1, new BigDecimal("2250.00"),
                "EUR", LocalDate.now().plusDays(90), Instant.now()));

        JsonPath waiting = await().atMost(Duration.ofSeconds(20)).until(() -> driver.mailsOf(client),
                mails -> mails.getInt("items[0].attempts") >= 1);
        assertThat(waiting.getString("items[0].state")).isEqualTo("PENDING");
        assertThat(waiting.getString("items[0].lastError")).isNotBlank();
        assertThat(driver.inbox(hana.email())).isEmpty();

        MailTestResource.proxy().restore();

        assertThat(driver.mailsTo(hana.email(), 1).getFirst().subject()).isEqualTo("Quotation 1 for Theta Systems GmbH");
        JsonPath sent = driver.awaitAllSent(client, 1);
        assertThat(sent.getInt("items[0].attempts")).isGreaterThan(1);
        assertThat(sent.getString("items[0].lastError")).isNull();
        assertThat(driver.inbox(hana.email())).hasSize(1);
    }
}
