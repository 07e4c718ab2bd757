package io.opencert.notification.notice;

import io.opencert.events.certificate.CertificateIssuedV1;
import io.opencert.events.certificate.CertificateReinstatedV1;
import io.opencert.events.certificate.CertificateSuspendedV1;
import io.opencert.events.certificate.CertificateWithdrawnV1;
import io.opencert.events.client.QuotationIssuedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Contact;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.CERTIFICATE_EVENTS;
import static io.opencert.notification.NotificationDriver.CLIENT_EVENTS;
import static io.opencert.notification.NotificationDriver.SCHEDULING_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static org.assertj.core.api.Assertions.assertThat;

/** The client's contacts are told of quotations, bookings and every decision on their certificate, once per event. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class ClientMailsTest extends NotificationTestBase {
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void eachContactGetsOneMailOfAQuotationAlsoWhenTheEventComesAgain() {
        Contact anna = contact("Anna Alpha");
        Contact ben = contact("Ben Beta");
        UUID client = driver.register("Alpha Hosting GmbH", anna, ben);
        QuotationIssuedV1 quotation = new QuotationIssuedV1(UUID.randomUUID(), client, 2, new BigDecimal("1500.00"),
                "EUR", TODAY.plusDays(90), Instant.now());

        UUID eventId = driver.deliver(CLIENT_EVENTS, quotation);
        driver.deliver(CLIENT_EVENTS, quotation, eventId);

        for (Contact contact : List.of(anna, ben)) {
            ReceivedMail mail = driver.mailsTo(contact.email(), 1).getFirst();
            assertThat(mail.subject()).isEqualTo("Quotation 2 for Alpha Hosting GmbH");
            assertThat(mail.from()).contains("certification@opencert.test");
            assertThat(mail.to()).containsExactly(contact.email());
            assertThat(mail.text()).startsWith("Dear " + contact.name() + ",")
                    .contains("1500.00 EUR", "until " + TODAY.plusDays(90), "OpenCert Certification GmbH");
            assertThat(mail.html()).contains("<strong>1500.00 EUR</strong>", "Dear " + contact.name());
            assertThat(mail.unsubscribe()).as("not a reminder").isNull();
        }
        assertThat(driver.awaitAllSent(client, 2).<String>getList("items.recipient"))
                .containsExactlyInAnyOrder(anna.email(), ben.email());
        assertThat(driver.inbox(anna.email())).hasSize(1);
        assertThat(driver.inbox(ben.email())).hasSize(1);
    }

    @Test
    void aBookingNamesDatesSitesAndTheTeamTheClientMayObjectTo() {
        Contact carla = contact("Carla Gamma");
        UUID client = driver.register("Gamma Cloud AG", carla);
        driver.deliver(SCHEDULING_EVENTS, new AuditScheduledV1(UUID.randomUUID(), UUID.randomUUID(), client,
                "Gamma Cloud AG", AuditType.STAGE_2, List.of(Standard.ISO_IEC_20000_1_2018), "Managed hosting",
                List.of(new Site(UUID.randomUUID(), "Head office", "Linz", "AT", true, 40)),
                TODAY.plusDays(30), TODAY.plusDays(31), new BigDecimal("2.0"),
                List.of(new TeamMember("auditor1", "Alice Auditor", TeamRole.LEAD_AUDITOR),
                        new TeamMember("auditor2", "Bob <Expert>", TeamRole.TECHNICAL_EXPERT)),
                Instant.now(), null));

        ReceivedMail mail = driver.mailsTo(carla.email(), 1).getFirst();
        assertThat(mail.subject()).isEqualTo("stage 2 audit booked: " + TODAY.plusDays(30) + " to " + TODAY.plusDays(31));
        assertThat(mail.text()).contains("against ISO/IEC 20000-1:2018", "(2 audit days)", "Head office (Linz, AT)",
                "- Alice Auditor, lead auditor", "- Bob <Expert>, technical expert", "You may object");
        assertThat(mail.html()).as("escaped in HTML").contains("Bob &lt;Expert&gt;, technical expert")
                .doesNotContain("Bob <Expert>");
    }

    @Test
    void theDecisionsOnACertificateReachTheContacts() {
        Contact dora = contact("Dora Delta");
        UUID client = driver.register("Delta Services SE", dora);
        UUID certificate = UUID.randomUUID();
        driver.deliver(CERTIFICATE_EVENTS, new CertificateIssuedV1(certificate, "CB-2026-0042", 0, client,
                "Delta Services SE", Standard.ISO_IEC_20000_1_2018, "IT service management of hosting",
                List.of(new Site(UUID.randomUUID(), "Main site", "Graz", "AT", true, 50)), UUID.randomUUID(),
                null, null, TODAY, TODAY, TODAY, TODAY.plusYears(3).minusDays(1), Instant.now()));
        driver.deliver(CERTIFICATE_EVENTS, new CertificateSuspendedV1(certificate, "CB-2026-0042", client,
                "Surveillance audit missed", TODAY, TODAY.plusMonths(6), UUID.randomUUID()));
        driver.deliver(CERTIFICATE_EVENTS, new CertificateReinstatedV1(certificate, "CB-2026-0042", client, TODAY,
                TODAY.plusYears(3).minusDays(1), UUID.randomUUID()));
        driver.deliver(CERTIFICATE_EVENTS, new CertificateWithdrawnV1(certificate, "CB-2026-0042", client,
                "Misuse of the certification mark", TODAY, UUID.randomUUID()));

        List<ReceivedMail> mails = driver.mailsTo(dora.email(), 4);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Certificate CB-2026-0042 issued", "Certificate CB-2026-0042 suspended",
                "Certificate CB-2026-0042 reinstated", "Certificate CB-2026-0042 withdrawn");
        assertThat(text(mails, "issued")).contains("Standard: ISO/IEC 20000-1:2018",
                "Scope: IT service management of hosting", "Main site (Graz, AT)",
                "Valid from " + TODAY + " until " + TODAY.plusYears(3).minusDays(1));
        assertThat(text(mails, "suspended")).contains("Reason: Surveillance audit missed",
                TODAY.plusMonths(6).toString(), "do not refer to it or use the certification mark");
        assertThat(text(mails, "withdrawn")).contains("Reason: Misuse of the certification mark", "appeal");
        assertThat(driver.awaitAllSent(client, 4).<String>getList("items.kind")).containsExactlyInAnyOrder(
                "CERTIFICATE_ISSUED", "CERTIFICATE_SUSPENDED", "CERTIFICATE_REINSTATED", "CERTIFICATE_WITHDRAWN");
    }

    private static String text(List<ReceivedMail> mails, String subjectEnd) {
        return mails.stream().filter(mail -> mail.subject().endsWith(subjectEnd)).findFirst().orElseThrow().text();
    }
}
