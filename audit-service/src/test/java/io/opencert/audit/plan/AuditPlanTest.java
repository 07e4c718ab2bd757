package io.opencert.audit.plan;

import io.opencert.audit.Bookings;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditPlanTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theLeadAuditorSetsThePlanAndTheBundleCarriesIt() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().statusCode(200)
                .body("entries", hasSize(0)).body("version", nullValue());

        put(booked, plan(booked, null)).then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries[0].auditor", equalTo(Bookings.LEAD))
                .body("entries[0].startsAt", equalTo("09:00:00"))
                .body("entries[0].clauses", contains("8.5.1", "8.5.2"))
                .body("entries[1].siteId", nullValue())
                .body("updatedBy", equalTo(Bookings.LEAD))
                .body("version", equalTo(0));
        put(booked, plan(booked, 0L)).then().statusCode(200).body("version", equalTo(1));
        put(booked, plan(booked, 0L)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/concurrent-change"));

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().statusCode(200)
                .body("plan.entries.activity", contains("Change and release management: CAB records",
                        "Remote interview: service level management"))
                .body("plan.version", equalTo(1));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void aPlanWithBadSlotsIsRejectedNamingEachOfThem() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        Map<String, Object> body = plan(booked, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) body.get("entries");
        entries.get(1).put("auditor", Bookings.OUTSIDER);
        entries.get(1).put("day", booked.startDate().minusDays(1).toString());
        Map<String, Object> unreadable = new HashMap<>(entries.get(0));
        unreadable.put("clauses", List.of("8.5.1", "eleven"));

        put(booked, body).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("entries[1].day", "entries[1].auditor"));
        put(booked, Map.of("entries", List.of(unreadable))).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("entries[0].clauses[1].<list element>"));
        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().body("entries", hasSize(0));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void otherMembersOfTheTeamReadThePlanButDoNotSetIt() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().statusCode(200);
        put(booked, plan(booked, null)).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/lead-auditor-only"));
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamNeitherReadsNorSetsThePlan() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().statusCode(404).contentType(PROBLEM);
        put(booked, plan(booked, null)).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void theAuditedOrganisationReadsThePlanButDoesNotSetIt() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().statusCode(200)
                .body("auditId", equalTo(booked.auditId().toString()));
        put(booked, plan(booked, null)).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationDoesNotReadThePlan() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/plan", booked.auditId()).then().statusCode(404).contentType(PROBLEM);
    }

    private static Response put(AuditScheduledV1 booked, Map<String, Object> plan) {
        return given().contentType(ContentType.JSON).body(plan).put("/api/v1/audits/{id}/plan", booked.auditId());
    }

    private static Map<String, Object> plan(AuditScheduledV1 booked, Long version) {
        LocalDate day = booked.startDate();
        Map<String, Object> onSite = new HashMap<>(Map.of("day", day.toString(), "startsAt", "09:00", "endsAt", "12:30",
                "auditor", Bookings.LEAD, "siteId", booked.sites().get(0).siteId().toString(),
                "activity", "Change and release management: CAB records", "clauses", List.of("8.5.1", "8.5.2")));
        Map<String, Object> remote = new HashMap<>(Map.of("day", day.plusDays(1).toString(), "startsAt", "10:00",
                "endsAt", "11:00", "auditor", Bookings.MEMBER, "activity", "Remote interview: service level management",
                "clauses", List.of("8.3.3")));
        Map<String, Object> plan = new HashMap<>();
        plan.put("entries", List.of(onSite, remote));
        if (version != null) {
            plan.put("version", version);
        }
        return plan;
    }
}
