package io.opencert.audit.finding;

import io.opencert.audit.Bookings;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class FindingResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aTeamMemberRecordsAFindingThatStartsTheFieldwork() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID dataCentre = booked.sites().get(1).siteId();

        ExtractableResponse<Response> created = record(booked, Map.of("grade", "MINOR_NONCONFORMITY", "clause", "8.5.1",
                        "siteId", dataCentre,
                        "evidence", "Change CHG-1042 was deployed without the approval the change policy requires."))
                .statusCode(201)
                .body("auditId", equalTo(booked.auditId().toString()))
                .body("grade", equalTo("MINOR_NONCONFORMITY"))
                .body("clause", equalTo("8.5.1"))
                .body("siteId", equalTo(dataCentre.toString()))
                .body("recordedBy", equalTo(Bookings.MEMBER))
                .extract();
        String findingId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/audits/" + booked.auditId() + "/findings/" + findingId);

        given().get(created.header("Location")).then().statusCode(200).body("evidence", equalTo(created.path("evidence")));
        given().get("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(findingId));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anInvalidFindingIsRefusedFieldByFieldAndNothingIsRecorded() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        record(booked, Map.of("clause", "8", "evidence", "  "))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                .body("violations.field", contains("clause", "evidence", "grade"))
                .body("violations.find { it.field == 'clause' }.message",
                        equalTo("must be an ISO/IEC 20000-1 clause number such as 4.1 or 8.5.1"));

        given().get("/api/v1/audits/{id}/findings", booked.auditId()).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/audits/{id}", booked.auditId()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aFindingNamesOneOfTheAuditsSites() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        record(booked, Map.of("grade", "OBSERVATION", "clause", "7.5", "siteId", UUID.randomUUID(),
                        "evidence", "Two versions of the service catalogue are in use."))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("siteId"));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorNotOnTheTeamRecordsNothing() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        record(booked, Map.of("grade", "STRENGTH", "clause", "9.2", "evidence", "Internal audits cover all processes."))
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aPageBeyondAnyListIsRefusedNotFailed() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        for (String page : List.of("2147483647", "99999999999", "-1")) {
            given().queryParam("page", page).get("/api/v1/audits/{id}/findings", booked.auditId())
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                    .body("violations.field", contains("page"));
        }
        given().queryParam("size", "1000").get("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("size"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void evidenceWithANulCharacterIsRefusedAndNothingIsRecorded() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        record(booked, Map.of("grade", "OBSERVATION", "clause", "7.5", "evidence", "Two catalogues\u0000 are in use."))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                .body("violations.field", contains("evidence"))
                .body("violations.message", contains("must not contain control characters such as NUL"));

        given().get("/api/v1/audits/{id}/findings", booked.auditId()).then().statusCode(200).body("total", equalTo(0));
    }

    private static ValidatableResponse record(AuditScheduledV1 booked, Map<String, Object> finding) {
        return given().contentType(ContentType.JSON).body(finding)
                .post("/api/v1/audits/{id}/findings", booked.auditId()).then();
    }
}
