package io.opencert.notification.notice;

import io.opencert.events.certificate.CertificateExpiringV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.model.Contact;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CERTIFICATE_EVENTS;
import static io.opencert.notification.NotificationDriver.SCHEDULING_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice for a client whose contacts are not known yet waits for them; one of an event too old when it arrives
 * tells nobody; the planning desk hears of missed surveillance windows.
 */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class NoticeTimingTest extends NotificationTestBase {
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aDecisionOnAClientNotYetKnownReachesItsContactsOnceTheyAreAnnounced() {
        UUID client = UUID.randomUUID();
        driver.deliver(CERTIFICATE_EVENTS, new CertificateReinstatedV1(UUID.randomUUID(), "CB-2027-0100", client,
                TODAY, TODAY.plusYears(2), UUID.randomUUID()));
        assertThat(driver.mailsOf(client).getInt("total")).as("no contact known yet").isZero();

        Contact erik = contact("Erik Epsilon");
        driver.register(client, "Epsilon Data GmbH", erik);

        ReceivedMail mail = driver.mailsTo(erik.email(), 1).getFirst();
        assertThat(mail.subject()).isEqualTo("Certificate CB-2027-0100 reinstated");
        assertThat(mail.text()).contains("certificate CB-2027-0100 of Epsilon Data GmbH is valid again");
        driver.awaitAllSent(client, 1);
    }

    @Test
    void anEventOlderThanAWeekWhenItArrivesTellsNobody() {
        Contact fiona = contact("Fiona Zeta");
        UUID client = driver.register("Zeta Services AG", fiona);
        driver.deliver(CERTIFICATE_EVENTS, new CertificateExpiringV1(UUID.randomUUID(), "CB-2025-0001", client,
                TODAY.minusDays(10), 30, TODAY.minusDays(40)));
        driver.deliver(CERTIFICATE_EVENTS, new CertificateExpiringV1(UUID.randomUUID(), "CB-2027-0002", client,
                TODAY.plusDays(30), 30, TODAY));

        assertThat(driver.mailsTo(fiona.email(), 1)).extracting(ReceivedMail::subject)
                .containsExactly("Certificate CB-2027-0002 expires on " + TODAY.plusDays(30));
        assertThat(driver.awaitAllSent(client, 1).<String>getList("items.subject"))
                .containsExactly("Certificate CB-2027-0002 expires on " + TODAY.plusDays(30));
    }

    @Test
    void thePlanningDeskHearsOfAMissedSurveillanceWindow() {
        UUID client = driver.register("Eta Networks SE", contact("Greta Eta"));
        UUID audit = UUID.randomUUID();
        driver.deliver(SCHEDULING_EVENTS, new SurveillanceOverdueV1(audit, UUID.randomUUID(), client,
                UUID.randomUUID(), TODAY.minusDays(1), Instant.now()));

        ReceivedMail mail = driver.mailTo("planning@opencert.test", received -> received.text().contains(audit.toString()));
        assertThat(mail.subject()).isEqualTo("Overdue: surveillance of Eta Networks SE due by " + TODAY.minusDays(1));
        assertThat(mail.text()).startsWith("Hello,").contains("Client: " + client);
        assertThat(driver.awaitAllSent(client, 1).<String>getList("items.kind")).containsExactly("SURVEILLANCE_OVERDUE");
    }
}
