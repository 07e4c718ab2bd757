package io.opencert.audit.events;

import io.opencert.audit.Bookings;
import io.opencert.commons.changelog.ChangeLogEntry;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.events.EventPayload;
import io.opencert.events.client.ClientRegisteredV1;
import io.opencert.events.client.ClientUpdatedV1;
import io.opencert.events.client.ContractSignedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An audit shows the client's name as client-service publishes it (topic cb.client-events). */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
@TestSecurity(user = Bookings.LEAD, roles = "auditor")
class ClientEventsConsumerTest {
    private static final String BOOKED_NAME = "Alpha Services Ltd";
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-03T09:00:00Z");

    @Inject
    Bookings bookings;

    @Inject
    AdjustableClock clock;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void clientUpdatedRenamesTheClientsOpenAuditsOnceAndCompletedOnesKeepTheNameTheyWereAuditedUnder() throws Throwable {
        UUID client = UUID.randomUUID();
        AuditScheduledV1 completed = bookings.book(bookings.ofOwnClient(client, clock.today().minusDays(40)));
        bookings.answerChecklist(completed.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", completed.endDate().toString()))
                .post("/api/v1/audits/{id}/completion", completed.auditId()).then().statusCode(200);
        AuditScheduledV1 scheduled = bookings.book(bookings.ofOwnClient(client, AuditType.SURVEILLANCE, clock.today()));
        AuditScheduledV1 inProgress = bookings.book(bookings.ofOwnClient(client, AuditType.SPECIAL, clock.today()));
        given().contentType(ContentType.JSON)
                .body(Map.of("grade", "OBSERVATION", "clause", "7.5", "evidence", "Seen."))
                .post("/api/v1/audits/{id}/findings", inProgress.auditId()).then().statusCode(201);
        ClientUpdatedV1 renamed = updated(client, "Alpha Services GmbH", TUESDAY);
        UUID eventId = UUID.randomUUID();

        deliver(renamed, eventId);
        deliver(renamed, eventId);

        given().get("/api/v1/audits/{id}", scheduled.auditId()).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("clientName", equalTo("Alpha Services GmbH"));
        given().get("/api/v1/audits/{id}", inProgress.auditId()).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("clientName", equalTo("Alpha Services GmbH"));
        given().get("/api/v1/audits/{id}", completed.auditId()).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("clientName", equalTo(BOOKED_NAME));
        List<ChangeLogEntry> history = bookings.history("Audit", scheduled.auditId());
        assertThat(history).extracting(entry -> entry.action).containsExactly("scheduled", "client-renamed");
        assertThat(history.getLast().details).isEqualTo("from " + BOOKED_NAME + " to Alpha Services GmbH");
        assertThat(bookings.history("Audit", completed.auditId())).extracting(entry -> entry.action)
                .doesNotContain("client-renamed");
    }

    @Test
    void anAuditBookedAfterTheClientChangedShowsClientServicesNameOverTheOlderOneOfTheBooking() throws Throwable {
        UUID client = UUID.randomUUID();
        deliver(new ClientRegisteredV1(client, "Beta Hosting AG", "FN 123456a", "Linz", "AT", 40,
                "Hosting services", MONDAY, List.of()), UUID.randomUUID());
        deliver(updated(client, "Beta Cloud AG", TUESDAY), UUID.randomUUID());

        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(client, clock.today()));
        // scheduling books the audit again, still with the name of the client's contract
        bookings.book(booked);

        assertThat(booked.clientName()).isEqualTo(BOOKED_NAME);
        given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(200)
                .body("clientName", equalTo("Beta Cloud AG"));
        given().get("/api/v1/auditor/assignments").then().statusCode(200)
                .body("items.find { it.auditId == '" + booked.auditId() + "' }.clientName", equalTo("Beta Cloud AG"));
    }

    @Test
    void anOlderChangeDeliveredAfterANewerOneChangesNothing() throws Throwable {
        UUID client = UUID.randomUUID();
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(client, clock.today()));

        deliver(updated(client, "Gamma IT Services SE", TUESDAY), UUID.randomUUID());
        // e.g. replayed from cb.client-events.dlq once its cause was fixed
        deliver(updated(client, "Gamma IT SE", MONDAY), UUID.randomUUID());

        given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(200)
                .body("clientName", equalTo("Gamma IT Services SE"));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled", "client-renamed");
    }

    @Test
    void otherClientEventsAreAcknowledgedAndChangeNothing() throws Throwable {
        UUID client = UUID.randomUUID();
        AuditScheduledV1 booked = bookings.book(bookings.ofOwnClient(client, clock.today()));

        deliver(new ContractSignedV1(UUID.randomUUID(), client, "Delta Renamed Ltd", UUID.randomUUID(),
                List.of(Standard.ISO_IEC_20000_1_2018), booked.scope(), booked.sites(), List.of(), List.of(),
                MONDAY, null, null), UUID.randomUUID());

        given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(200)
                .body("clientName", equalTo(BOOKED_NAME));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .containsExactly("scheduled");
    }

    private static ClientUpdatedV1 updated(UUID client, String legalName, Instant at) {
        return new ClientUpdatedV1(client, legalName, "FN 123456a", "Vienna", "AT", 15, "IT service management", at, null);
    }

    /** Delivers the event on cb.client-events and waits for its acknowledgement (a nack fails the test). */
    private void deliver(EventPayload payload, UUID eventId) {
        CloudEvents.deliver(connector, "client-events", payload, eventId);
    }
}
