package io.opencert.notification.notice;

import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.audit.NonconformityResponseDueV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Contact;
import io.opencert.events.model.DueNonconformity;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Standard;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.AUDIT_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client hears of the nonconformities it is to answer when the audit is completed, and is reminded before they
 * are due unless a contact stopped reminders.
 */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class NonconformityMailsTest extends NotificationTestBase {
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theNonconformitiesToAnswerAndAReminderBeforeTheyAreDue() {
        Contact olga = contact("Olga Omikron");
        Contact paul = contact("Paul Pi");
        UUID client = driver.register("Omikron Hosting GmbH", olga, paul);
        UUID audit = UUID.randomUUID();
        DueNonconformity major = new DueNonconformity(UUID.randomUUID(), FindingGrade.MAJOR_NONCONFORMITY, "8.5.1",
                TODAY.plusDays(30));
        DueNonconformity minor = new DueNonconformity(UUID.randomUUID(), FindingGrade.MINOR_NONCONFORMITY, "9.2",
                TODAY.plusDays(20));
        driver.deliver(AUDIT_EVENTS, new AuditCompletedV1(audit, UUID.randomUUID(), client, "Omikron Hosting GmbH",
                AuditType.STAGE_2, List.of(Standard.ISO_IEC_20000_1_2018), "Hosting", List.of(), List.of(),
                Map.of(FindingGrade.MAJOR_NONCONFORMITY, 1, FindingGrade.MINOR_NONCONFORMITY, 1), 1, TODAY,
                Recommendation.CERTIFY_AFTER_NONCONFORMITY_CLOSURE, Instant.now(), null, null, 1, List.of(major, minor)));

        ReceivedMail raised = driver.mailsTo(olga.email(), 1).getFirst();
        assertThat(raised.subject()).isEqualTo("Nonconformities of your stage 2 audit to answer");
        assertThat(raised.text()).contains("- minor nonconformity, clause 9.2: due " + TODAY.plusDays(20),
                "- major nonconformity, clause 8.5.1: due " + TODAY.plusDays(30));
        assertThat(raised.text().indexOf("clause 9.2")).as("the earliest due first")
                .isLessThan(raised.text().indexOf("clause 8.5.1"));
        assertThat(raised.unsubscribe()).as("not a reminder: it starts the clock").isNull();

        driver.mailsTo(paul.email(), 1);
        given().contentType(ContentType.JSON).body(Map.of("wanted", false))
                .put("/api/v1/notifications/clients/{id}/reminders/{email}", client, paul.email())
                .then().statusCode(200);
        driver.deliver(AUDIT_EVENTS, new NonconformityResponseDueV1(audit, client, "Omikron Hosting GmbH",
                AuditType.STAGE_2, List.of(minor), Instant.now()));

        ReceivedMail reminder = driver.mailsTo(olga.email(), 2).get(1);
        assertThat(reminder.subject()).isEqualTo("Reminder: nonconformities to answer by " + TODAY.plusDays(20));
        assertThat(reminder.text()).contains("- minor nonconformity, clause 9.2: due " + TODAY.plusDays(20))
                .doesNotContain("8.5.1");
        assertThat(reminder.unsubscribe()).isNotNull();
        driver.awaitAllSent(client, 3);
        assertThat(driver.inbox(paul.email())).extracting(ReceivedMail::subject)
                .containsExactly("Nonconformities of your stage 2 audit to answer");
    }
}
