package io.opencert.notification.notice;

import io.opencert.events.certificate.AppealDecidedV1;
import io.opencert.events.certificate.AppealLodgedV1;
import io.opencert.events.certificate.ComplaintAcknowledgedV1;
import io.opencert.events.certificate.ComplaintDecidedV1;
import io.opencert.events.certificate.ComplaintReceivedV1;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CERTIFICATE_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static org.assertj.core.api.Assertions.assertThat;

/** Whoever files a complaint or lodges an appeal hears of its receipt and its outcome, once each. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class ComplaintMailsTest extends NotificationTestBase {
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theComplainantHearsOfReceiptInvestigationAndOutcome() {
        String complainant = "rita.rho@" + UUID.randomUUID() + ".example";
        UUID complaint = UUID.randomUUID();
        driver.deliver(CERTIFICATE_EVENTS, new ComplaintReceivedV1(complaint, "C-2026-4F2A9B1C",
                "CERTIFIED_CLIENT", "CB-2026-0042", null, "Rita Rho", complainant, Instant.now(),
                TODAY.plusDays(5), TODAY.plusDays(60)));
        driver.deliver(CERTIFICATE_EVENTS, new ComplaintAcknowledgedV1(complaint, "C-2026-4F2A9B1C", "Rita Rho",
                complainant, "staff", Instant.now(), TODAY.plusDays(60)));
        ComplaintDecidedV1 decided = new ComplaintDecidedV1(complaint, "C-2026-4F2A9B1C", "Rita Rho", complainant,
                true, "The holder's website used the mark for a service outside the scope; it has removed it.",
                "decider", Instant.now());
        UUID decision = driver.deliver(CERTIFICATE_EVENTS, decided);
        driver.deliver(CERTIFICATE_EVENTS, decided, decision);

        List<ReceivedMail> mails = driver.mailsTo(complainant, 3);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your complaint C-2026-4F2A9B1C is received", "Your complaint C-2026-4F2A9B1C is being investigated",
                "Your complaint C-2026-4F2A9B1C: upheld");
        ReceivedMail received = mails.stream().filter(mail -> mail.subject().endsWith("received")).findFirst()
                .orElseThrow();
        assertThat(received.text()).startsWith("Dear Rita Rho,").contains("about the holder of certificate CB-2026-0042",
                "by " + TODAY.plusDays(5), "by " + TODAY.plusDays(60), "not involved");
        assertThat(mails.stream().filter(mail -> mail.subject().endsWith("upheld")).findFirst().orElseThrow().text())
                .contains("it has removed it.");
        driver.awaitAllSentTo(complainant, 3);
        assertThat(driver.inbox(complainant)).as("the decision delivered twice is mailed once").hasSize(3);
    }

    @Test
    void theAppellantHearsOfTheAppealOfItsClient() {
        UUID client = driver.register("Sigma Data AG", contact("Sven Sigma"));
        String appellant = "una.upsilon@" + UUID.randomUUID() + ".example";
        UUID appeal = UUID.randomUUID();
        driver.deliver(CERTIFICATE_EVENTS, new AppealLodgedV1(appeal, "A-2026-77D0C3E2", client, UUID.randomUUID(),
                "Una Upsilon", appellant, Instant.now(), TODAY.plusDays(5), TODAY.plusDays(60)));
        driver.deliver(CERTIFICATE_EVENTS, new AppealDecidedV1(appeal, "A-2026-77D0C3E2", client, UUID.randomUUID(),
                "Una Upsilon", appellant, false, "The missed surveillance was not the body's doing.", "decider",
                Instant.now(), null));

        List<ReceivedMail> mails = driver.mailsTo(appellant, 2);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your appeal A-2026-77D0C3E2 is received", "Your appeal A-2026-77D0C3E2: not upheld");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.text()).contains("Sigma Data AG"));
        assertThat(driver.awaitAllSent(client, 2).<String>getList("items.kind"))
                .containsExactlyInAnyOrder("APPEAL_LODGED", "APPEAL_DECIDED");
    }
}
