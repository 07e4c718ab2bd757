package io.opencert.audit.auditor;

import io.opencert.audit.Bookings;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditorResourceTest {
    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void anAuditorListsTheAuditsOfTheirTeamsLatestFirstCompressed() {
        // further ahead than any other test's audit, so that both are on the first page
        LocalDate farAhead = bookings.stage2().startDate().plusYears(3);
        AuditScheduledV1 earlier = bookings.book(bookings.startingOn(farAhead.minusDays(30)));
        AuditScheduledV1 later = bookings.book(bookings.startingOn(farAhead));

        JsonPath page = given().header("Accept-Encoding", "gzip").queryParam("size", 100)
                .get("/api/v1/auditor/assignments")
                .then().statusCode(200).header("Content-Encoding", "gzip")
                .extract().jsonPath();

        List<String> ids = page.getList("items.auditId", String.class);
        assertThat(ids).containsSubsequence(later.auditId().toString(), earlier.auditId().toString());
        Map<String, Object> assignment = page.getMap("items.find { it.auditId == '" + later.auditId() + "' }");
        assertThat(assignment).containsOnly(
                Map.entry("auditId", later.auditId().toString()),
                Map.entry("type", "STAGE_2"),
                Map.entry("status", "SCHEDULED"),
                Map.entry("clientName", "Alpha Services Ltd"),
                Map.entry("startDate", later.startDate().toString()),
                Map.entry("endDate", later.endDate().toString()),
                Map.entry("role", "LEAD_AUDITOR"));
        // other tests' audits may fill more than the page
        assertThat(ids).hasSize(Math.min(page.getInt("total"), 100));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void auditsOfOtherTeamsAreNotListed() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        List<String> ids = given().queryParam("size", 100).get("/api/v1/auditor/assignments")
                .then().statusCode(200).extract().jsonPath().getList("items.auditId", String.class);

        assertThat(ids).doesNotContain(booked.auditId().toString());
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyAuditorsHaveAssignments() {
        given().get("/api/v1/auditor/assignments").then().statusCode(403);
    }
}
