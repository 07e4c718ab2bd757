package io.opencert.audit.audit;

import io.opencert.audit.Bookings;
import io.opencert.commons.testing.CloudEvents;
import io.opencert.events.audit.AuditCompletedV1;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Recommendation;
import io.opencert.events.model.Site;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** A scope extension is audited like any audit and reports the extended scope and every site it was scheduled with. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
@TestSecurity(user = Bookings.LEAD, roles = "auditor")
class ScopeExtensionAuditTest {
    private static final String EXTENDED = "IT service management of hosting services and of the managed backup service";
    private static final Site ADDED = new Site(UUID.randomUUID(), "Backup centre", "Linz", "AT", false, 4);

    @Inject
    Bookings bookings;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aScopeExtensionIsAuditedOverEveryClauseAndCompletesWithTheExtendedScopeAndSites() throws Throwable {
        AuditScheduledV1 booked = bookings.book(extension(List.of(Standard.ISO_IEC_20000_1_2018)));

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("type", equalTo("SCOPE_EXTENSION"))
                .body("status", equalTo("SCHEDULED"))
                .body("scope", equalTo(EXTENDED))
                .body("sites.name", equalTo(booked.sites().stream().map(Site::name).toList()));
        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("", hasSize(45))
                .body("section", everyItem(equalTo("SMS_REQUIREMENTS")))
                .body("[0].clause", equalTo("4.1"))
                .body("[44].clause", equalTo("10.2"));
        bookings.answerChecklist(booked.auditId());

        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", booked.endDate().toString(),
                        "summary", "The managed backup service and the Linz site meet every requirement."))
                .post("/api/v1/audits/{id}/completion", booked.auditId())
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        AuditCompletedV1 completed = CloudEvents.published(connector, AuditCompletedV1.class,
                event -> event.auditId().equals(booked.auditId())).data();
        assertThat(completed.type()).isEqualTo(AuditType.SCOPE_EXTENSION);
        assertThat(completed.scope()).isEqualTo(EXTENDED);
        assertThat(completed.sites()).isEqualTo(booked.sites()).contains(ADDED).hasSize(3);
        assertThat(completed.standards()).isEqualTo(booked.standards());
        assertThat(completed.recommendation()).isEqualTo(Recommendation.CERTIFY);
        assertThat(completed.programmeId()).isEqualTo(booked.programmeId());
    }

    @Test
    void theExtensionOfACloudCertifiedClientAlsoWalksThroughTheCloudScenarios() {
        AuditScheduledV1 booked = bookings.book(extension(List.of(Standard.ISO_IEC_20000_1_2018,
                Standard.ISO_IEC_TR_20000_9_2015)));

        given().get("/api/v1/audits/{id}/checklist", booked.auditId())
                .then().statusCode(200)
                .body("", hasSize(60))
                .body("findAll { it.section == 'CLOUD_SCENARIOS' }", hasSize(15));
    }

    /** Booked by scheduling with the whole extended scope and every site: the two certified ones and the added one. */
    private AuditScheduledV1 extension(List<Standard> standards) {
        AuditScheduledV1 booking = bookings.of(AuditType.SCOPE_EXTENSION, standards);
        List<Site> sites = new ArrayList<>(booking.sites());
        sites.add(ADDED);
        return new AuditScheduledV1(booking.auditId(), booking.programmeId(), booking.clientId(),
                booking.clientName(), booking.type(), booking.standards(), EXTENDED, List.copyOf(sites),
                booking.startDate(), booking.endDate(), booking.days(), booking.team(), booking.scheduledAt(),
                List.copyOf(sites));
    }
}
