package io.opencert.notification.notice;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.Site;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.AuditorRegisteredV1;
import io.opencert.notification.NotificationTestBase;
import io.opencert.notification.ReceivedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static io.opencert.notification.NotificationDriver.SCHEDULING_EVENTS;
import static io.opencert.notification.NotificationDriver.contact;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit team hears of its booking, its move and its cancellation, each with the calendar event to keep. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "cb-staff")
class AuditorMailsTest extends NotificationTestBase {
    private static final LocalDate START = LocalDate.now().plusDays(30);

    @Test
    void theTeamGetsTheBookingItsMoveAndItsCancellationAsOneCalendarEvent() {
        String lead = "lead-" + UUID.randomUUID();
        String leadAddress = lead + "@auditors.example";
        String expert = "expert-" + UUID.randomUUID();
        driver.deliver(SCHEDULING_EVENTS, new AuditorRegisteredV1(UUID.randomUUID(), lead, "Lara Lead", leadAddress,
                Instant.now()));
        driver.deliver(SCHEDULING_EVENTS, new AuditorRegisteredV1(UUID.randomUUID(), expert, "Egon Expert", null,
                Instant.now()));
        UUID client = driver.register("Tau Hosting GmbH", contact("Tina Tau"));
        UUID audit = UUID.randomUUID();
        List<TeamMember> team = List.of(new TeamMember(lead, "Lara Lead", TeamRole.LEAD_AUDITOR),
                new TeamMember(expert, "Egon Expert", TeamRole.TECHNICAL_EXPERT));
        Instant now = Instant.now();
        driver.deliver(SCHEDULING_EVENTS, new AuditScheduledV1(audit, UUID.randomUUID(), client, "Tau Hosting GmbH",
                AuditType.SURVEILLANCE, List.of(Standard.ISO_IEC_20000_1_2018), "Hosting",
                List.of(new Site(UUID.randomUUID(), "Head office", "Linz", "AT", true, 40)), START, START.plusDays(1),
                new BigDecimal("2"), team, now.minus(Duration.ofHours(2)), null));

        ReceivedMail booked = driver.mailsTo(leadAddress, 1).getFirst();
        assertThat(booked.subject()).isEqualTo("Booked: surveillance audit of Tau Hosting GmbH, " + START + " to "
                + START.plusDays(1));
        assertThat(booked.text()).startsWith("Dear Lara Lead,").contains("Head office (Linz, AT)",
                "- Egon Expert, technical expert");
        assertThat(booked.calendarType()).contains("text/calendar").contains("method=REQUEST");
        String invitation = unfolded(booked.calendar());
        assertThat(invitation).contains("METHOD:REQUEST", "UID:" + audit + "@opencert", "STATUS:CONFIRMED",
                "DTSTART;VALUE=DATE:" + day(START), "DTEND;VALUE=DATE:" + day(START.plusDays(2)),
                "SUMMARY:surveillance audit: Tau Hosting GmbH", "LOCATION:Head office (Linz\\, AT)",
                "ATTENDEE;CN=\"Lara Lead\";ROLE=REQ-PARTICIPANT:mailto:" + leadAddress,
                "ORGANIZER;CN=\"OpenCert Certification GmbH\":mailto:planning@opencert.test");

        driver.deliver(SCHEDULING_EVENTS, new AuditRescheduledV1(audit, UUID.randomUUID(), client, START.plusDays(7),
                START.plusDays(8), new BigDecimal("2"), team, "The client's data centre is closed that week.",
                now.minus(Duration.ofHours(1))));
        driver.deliver(SCHEDULING_EVENTS, new AuditCancelledV1(audit, UUID.randomUUID(), client,
                "The certificate was withdrawn.", now));

        List<ReceivedMail> mails = driver.mailsTo(leadAddress, 3);
        ReceivedMail moved = mails.stream().filter(mail -> mail.subject().startsWith("Moved")).findFirst().orElseThrow();
        assertThat(moved.subject()).isEqualTo("Moved: surveillance audit of Tau Hosting GmbH, now " + START.plusDays(7)
                + " to " + START.plusDays(8));
        assertThat(moved.text()).contains("Reason: The client's data centre is closed that week.");
        assertThat(unfolded(moved.calendar())).contains("METHOD:REQUEST", "UID:" + audit + "@opencert",
                "DTSTART;VALUE=DATE:" + day(START.plusDays(7)));
        ReceivedMail cancelled = mails.stream().filter(mail -> mail.subject().startsWith("Cancelled")).findFirst()
                .orElseThrow();
        assertThat(cancelled.calendarType()).contains("method=CANCEL");
        assertThat(unfolded(cancelled.calendar())).contains("METHOD:CANCEL", "UID:" + audit + "@opencert",
                "STATUS:CANCELLED", "DTSTART;VALUE=DATE:" + day(START.plusDays(7)));
        assertThat(List.of(sequence(booked), sequence(moved), sequence(cancelled))).as("each change supersedes")
                .isSorted().doesNotHaveDuplicates();

        // the client's contact and the lead, three mails each; the expert has no address
        assertThat(driver.awaitAllSent(client, 6).<String>getList("items.kind")).containsExactlyInAnyOrder(
                "AUDIT_BOOKED", "AUDIT_RESCHEDULED", "AUDIT_CANCELLED",
                "AUDITOR_BOOKED", "AUDITOR_RESCHEDULED", "AUDITOR_CANCELLED");
    }

    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "");
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static long sequence(ReceivedMail mail) {
        return unfolded(mail.calendar()).lines().filter(line -> line.startsWith("SEQUENCE:")).findFirst()
                .map(line -> Long.parseLong(line.substring("SEQUENCE:".length()))).orElseThrow();
    }
}
