package io.opencert.notification.reminder;

import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.model.Contact;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CERTIFICATE_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Expiry reminders, which a contact may stop by the link in one, and staff or the client's own user for them. */
@QuarkusTest
class ReminderMailsTest extends NotificationTestBase {
    private static final String CLIENT_A = "3f0e2a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aContactStopsRemindersByTheLinkInOneAndStillHearsOfDecisions() {
        Contact anna = contact("Anna Alpha");
        Contact ben = contact("Ben Beta");
        UUID client = driver.register("Alpha Hosting GmbH", anna, ben);
        UUID certificate = UUID.randomUUID();
        driver.deliver(CERTIFICATE_EVENTS, expiring(certificate, client, 90));

        ReceivedMail reminder = driver.mailsTo(anna.email(), 1).getFirst();
        assertThat(reminder.subject()).isEqualTo("Certificate CB-2027-0007 expires on " + TODAY.plusDays(90));
        assertThat(reminder.text()).contains("in 90 days", "recertification audit");
        String link = reminder.unsubscribe().replaceAll("^<|>$", "");
        assertThat(link).startsWith("http://127.0.0.1:8085/api/v1/notifications/reminders/");
        assertThat(reminder.unsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(reminder.text()).contains("Stop reminders: " + link);
        assertThat(reminder.html()).contains("href=\"" + link + "\"");

        String path = URI.create(link).getPath();
        given().when().get(path).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Stop the reminders to " + anna.email()), containsString("<form method=\"post\""));
        given().when().post(path).then().statusCode(200)
                .body(containsString(anna.email() + " gets no more reminders"));
        given().when().post(path).then().statusCode(200); // a second click changes nothing

        driver.deliver(CERTIFICATE_EVENTS, expiring(certificate, client, 60));
        driver.deliver(CERTIFICATE_EVENTS, new CertificateSuspendedV1(certificate, "CB-2027-0007", client,
                "Surveillance audit missed", TODAY, TODAY.plusMonths(6), UUID.randomUUID()));

        assertThat(driver.mailsTo(ben.email(), 3)).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Certificate CB-2027-0007 expires on " + TODAY.plusDays(90),
                "Certificate CB-2027-0007 expires on " + TODAY.plusDays(60),
                "Certificate CB-2027-0007 suspended");
        driver.awaitAllSent(client, 5);
        assertThat(driver.inbox(anna.email())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Certificate CB-2027-0007 expires on " + TODAY.plusDays(90), "Certificate CB-2027-0007 suspended");
        assertThat(driver.mailsOf(client, anna.email()).<String>getList("items.kind"))
                .containsExactlyInAnyOrder("CERTIFICATE_EXPIRING", "CERTIFICATE_SUSPENDED");
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_A))
    void theClientsOwnUserStopsAContactsReminders() {
        Contact carla = contact("Carla Gamma");
        Contact dan = contact("Dan Delta");
        UUID client = driver.register(UUID.fromString(CLIENT_A), "Gamma Cloud AG", carla, dan);
        given().when().get("/api/v1/notifications/clients/{id}/reminders", client)
                .then().statusCode(200)
                .body("email", org.hamcrest.Matchers.contains(carla.email(), dan.email()))
                .body("reminders", org.hamcrest.Matchers.contains(true, true));

        given().contentType(ContentType.JSON).body(Map.of("wanted", false))
                .when().put("/api/v1/notifications/clients/{id}/reminders/{email}", client, carla.email().toUpperCase())
                .then().statusCode(200)
                .body("email", equalTo(carla.email()))
                .body("reminders", equalTo(false))
                .body("stoppedBy", equalTo("client-a"));
        given().contentType(ContentType.JSON).body(Map.of("wanted", false))
                .when().put("/api/v1/notifications/clients/{id}/reminders/{email}", client, "nobody@gamma.example")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("wanted", false))
                .when().put("/api/v1/notifications/clients/{id}/reminders/{email}", UUID.randomUUID(), carla.email())
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/notifications/clients/{id}/reminders/{email}", client, carla.email())
                .then().statusCode(400);

        driver.deliver(CERTIFICATE_EVENTS, expiring(UUID.randomUUID(), client, 30));

        assertThat(driver.mailsTo(dan.email(), 1)).extracting(ReceivedMail::subject)
                .containsExactly("Certificate CB-2027-0007 expires on " + TODAY.plusDays(30));
        given().queryParam("recipient", dan.email()).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.state", org.hamcrest.Matchers.everyItem(equalTo("SENT")));
        assertThat(driver.inbox(carla.email())).isEmpty();
        given().queryParam("recipient", carla.email()).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static CertificateExpiringV1 expiring(UUID certificate, UUID client, int days) {
        return new CertificateExpiringV1(certificate, "CB-2027-0007", client, TODAY.plusDays(days), days, TODAY);
    }
}
