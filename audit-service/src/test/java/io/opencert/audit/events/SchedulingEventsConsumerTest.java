package io.opencert.audit.events;

import io.opencert.audit.Bookings;
import io.opencert.events.model.TeamMember;
import io.opencert.events.model.TeamRole;
import io.opencert.events.scheduling.AuditCancelledV1;
import io.opencert.events.scheduling.AuditRescheduledV1;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.events.scheduling.SurveillanceOverdueV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class SchedulingEventsConsumerTest {
    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void auditScheduledCreatesTheAuditWithItsTeamSitesAndDates() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("id", equalTo(booked.auditId().toString()))
                .body("programmeId", equalTo(booked.programmeId().toString()))
                .body("clientId", equalTo(Bookings.CLIENT_A.toString()))
                .body("clientName", equalTo("Alpha Services Ltd"))
                .body("type", equalTo("STAGE_2"))
                .body("status", equalTo("SCHEDULED"))
                .body("standards", contains("ISO_IEC_20000_1_2018"))
                .body("scope", equalTo(booked.scope()))
                .body("sites.name", contains("Head office", "Data centre"))
                .body("sites[0].siteId", equalTo(booked.sites().get(0).siteId().toString()))
                .body("sites[0].centralFunction", equalTo(true))
                .body("team.username", contains(Bookings.LEAD, Bookings.MEMBER))
                .body("team.role", contains("LEAD_AUDITOR", "AUDITOR"))
                .body("startDate", equalTo(booked.startDate().toString()))
                .body("endDate", equalTo(booked.endDate().toString()))
                .body("days", equalTo(2.0f));
    }

    @Test
    void theSameEventDeliveredTwiceCreatesTheAuditOnce() throws Throwable {
        AuditScheduledV1 booking = bookings.stage2();
        UUID eventId = UUID.randomUUID();

        bookings.deliver(booking, eventId);
        bookings.deliver(booking, eventId);

        // a second run of the handler would have logged a re-booking of the scheduled audit
        assertThat(bookings.history("Audit", booking.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aNewBookingOfAScheduledAuditReplacesDatesAndTeam() throws Throwable {
        AuditScheduledV1 first = bookings.book(bookings.stage2());
        AuditScheduledV1 again = new AuditScheduledV1(first.auditId(), first.programmeId(), first.clientId(),
                first.clientName(), first.type(), first.standards(), first.scope(), first.sites(),
                first.startDate().plusDays(7), first.endDate().plusDays(7), first.days(),
                List.of(new TeamMember(Bookings.OUTSIDER, "Bea Other", TeamRole.LEAD_AUDITOR)), first.scheduledAt(),
                first.coveredSites());

        bookings.book(again);

        given().get("/api/v1/audits/{id}", first.auditId())
                .then().statusCode(200)
                .body("startDate", equalTo(again.startDate().toString()))
                .body("team", hasSize(1))
                .body("team[0].username", equalTo(Bookings.OUTSIDER));
        assertThat(bookings.history("Audit", first.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled", "rebooked");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void auditRescheduledMovesTheDatesAndChangesTheTeamOnce() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        AuditRescheduledV1 moved = new AuditRescheduledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                booked.startDate().plusDays(10), booked.endDate().plusDays(11), new BigDecimal("3.0"),
                List.of(new TeamMember(Bookings.MEMBER, "Carl Member", TeamRole.LEAD_AUDITOR)),
                "lead auditor ill", booked.scheduledAt());
        UUID eventId = UUID.randomUUID();

        bookings.deliver(moved, eventId);
        bookings.deliver(moved, eventId);

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("startDate", equalTo(moved.startDate().toString()))
                .body("endDate", equalTo(moved.endDate().toString()))
                .body("days", equalTo(3.0f))
                .body("team.username", contains(Bookings.MEMBER))
                .body("team.role", contains("LEAD_AUDITOR"))
                .body("scope", equalTo(booked.scope()));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled", "rescheduled");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void auditCancelledEndsTheAuditOnce() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        AuditCancelledV1 cancelled = new AuditCancelledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                "CERTIFICATE_SUSPENDED", Instant.parse("2026-01-05T10:15:00Z"));
        UUID eventId = UUID.randomUUID();

        bookings.deliver(cancelled, eventId);
        bookings.deliver(cancelled, eventId);
        // a later rescheduling of the cancelled audit changes nothing
        bookings.deliver(new AuditRescheduledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                booked.startDate().plusDays(1), booked.endDate().plusDays(1), booked.days(), booked.team(), "late",
                booked.scheduledAt()), UUID.randomUUID());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("CERTIFICATE_SUSPENDED"))
                .body("cancelledAt", equalTo("2026-01-05T10:15:00Z"))
                .body("startDate", equalTo(booked.startDate().toString()));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled", "cancelled");
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void aCancelledAuditBookedAgainIsScheduledWithTheNewDates() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        bookings.deliver(new AuditCancelledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                "CERTIFICATE_SUSPENDED", booked.scheduledAt()), UUID.randomUUID());
        AuditScheduledV1 again = new AuditScheduledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                booked.clientName(), booked.type(), booked.standards(), booked.scope(), booked.sites(),
                booked.startDate().plusDays(30), booked.endDate().plusDays(30), booked.days(), booked.team(),
                booked.scheduledAt().plusSeconds(86_400), booked.coveredSites());

        bookings.book(again);

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("cancellationReason", nullValue())
                .body("startDate", equalTo(again.startDate().toString()));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled", "cancelled", "reopened");
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aCancelledAuditTakesNoMoreWork() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        bookings.answerChecklist(booked.auditId());
        bookings.deliver(new AuditCancelledV1(booked.auditId(), booked.programmeId(), booked.clientId(),
                "CLIENT_REQUEST", booked.scheduledAt()), UUID.randomUUID());

        given().contentType(ContentType.JSON)
                .body(Map.of("grade", "OBSERVATION", "clause", "7.5", "evidence", "Seen."))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(409).body("type", equalTo("https://opencert.io/problems/audit-not-open"));
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID().toString(), "findings", List.of(Map.of("id", UUID.randomUUID().toString(),
                        "grade", "OBSERVATION", "clause", "7.5", "evidence", "Seen."))))
                .post("/api/v1/auditor/audits/{id}/sync", booked.auditId())
                .then().statusCode(409).body("type", equalTo("https://opencert.io/problems/audit-not-open"));
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CONTINUE", "lastDayOnSite", booked.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(409).body("type", equalTo("https://opencert.io/problems/audit-not-open"));
        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId())
                .then().statusCode(200).body("audit.status", equalTo("CANCELLED"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void eventsTheServiceDoesNotActOnAreAcknowledgedAndChangeNothing() {
        AuditScheduledV1 unrelated = bookings.stage2();
        bookings.deliver(new SurveillanceOverdueV1(unrelated.auditId(), unrelated.programmeId(), unrelated.clientId(),
                UUID.randomUUID(), unrelated.startDate(), unrelated.scheduledAt()), UUID.randomUUID());

        given().get("/api/v1/audits/{id}", unrelated.auditId()).then().statusCode(404);
    }
}
