package io.opencert.audit.audit;

import io.opencert.audit.Bookings;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Who sees an audit: CB staff, its team, its organisation; everyone else gets the 404 of a missing audit. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditAccessTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anAuditorOnTheTeamSeesTheAudit() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("id", equalTo(booked.auditId().toString()))
                .body("team.find { it.username == 'auditor3' }.role", equalTo("AUDITOR"));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorNotOnTheTeamGetsNotFound() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/not-found"))
                .body("detail", equalTo("Audit " + booked.auditId() + " not found."));
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void aClientUserSeesTheAuditsOfTheirOrganisation() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(200)
                .body("clientId", equalTo(Bookings.CLIENT_A.toString()))
                .body("clientName", equalTo("Alpha Services Ltd"));
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void aClientUserOfAnotherOrganisationGetsNotFound() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId())
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/not-found"));
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void aClientUserListsOnlyTheAuditsOfTheirOrganisation() {
        AuditScheduledV1 ofA = bookings.book(bookings.stage2());
        AuditScheduledV1 ofB = bookings.book(bookings.ofOwnClient(Bookings.CLIENT_B, bookings.stage2().startDate()));

        List<String> clients = given().queryParam("size", 100).get("/api/v1/audits")
                .then().statusCode(200).extract().jsonPath().getList("items.clientId", String.class);
        List<String> ids = given().queryParam("size", 100).get("/api/v1/audits")
                .then().extract().jsonPath().getList("items.id", String.class);

        assertThat(clients).isNotEmpty().containsOnly(Bookings.CLIENT_B.toString());
        assertThat(ids).contains(ofB.auditId().toString()).doesNotContain(ofA.auditId().toString());
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffListsEveryAuditLatestStartFirst() {
        // further ahead than any other test's audit, so that both are on the first page
        LocalDate farAhead = bookings.stage2().startDate().plusYears(2);
        AuditScheduledV1 earlier = bookings.book(bookings.startingOn(farAhead));
        AuditScheduledV1 later = bookings.book(bookings.ofOwnClient(Bookings.CLIENT_B, farAhead.plusDays(1)));

        List<String> ids = given().queryParam("size", 100).get("/api/v1/audits")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);

        assertThat(ids).containsSubsequence(later.auditId().toString(), earlier.auditId().toString());
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void auditorsFindTheirAuditsAmongTheirAssignmentsNotInTheList() {
        given().get("/api/v1/audits").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void anUnknownAuditIsNotFound() {
        given().get("/api/v1/audits/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "decider", roles = "decision-maker")
    void otherRolesAreForbidden() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}", booked.auditId()).then().statusCode(401);
        given().get("/api/v1/audits/{id}/findings", booked.auditId()).then().statusCode(401);
        given().get("/api/v1/auditor/assignments").then().statusCode(401);
    }
}
