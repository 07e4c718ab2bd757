package io.opencert.audit.audit;

import io.opencert.audit.Bookings;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A technical expert on the team supports the auditors: they answer the checklist, but judge no evidence. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
@TestSecurity(user = Bookings.EXPERT, roles = "auditor")
class TechnicalExpertTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String AUDITORS_ONLY = "https://opencert.io/problems/auditors-only";

    @Inject
    Bookings bookings;

    @Test
    void aTechnicalExpertRecordsNoFindingNeitherOnlineNorOffline() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.withTechnicalExpert(bookings.stage2()));

        given().contentType(ContentType.JSON)
                .body(Map.of("grade", "MINOR_NONCONFORMITY", "clause", "8.5.1", "evidence", "CHG-1042 not approved."))
                .post("/api/v1/audits/{id}/findings", booked.auditId())
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(AUDITORS_ONLY));
        String item = given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId())
                .then().statusCode(200).extract().path("checklist[0].id");
        sync(booked, List.of(Map.of("itemId", item, "answer", "CONFORMING", "baseVersion", 0)),
                List.of(Map.of("id", UUID.randomUUID().toString(), "grade", "OBSERVATION", "clause", "7.5",
                        "evidence", "Document control relies on e-mail.")))
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(AUDITORS_ONLY));

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().statusCode(200)
                .body("findings", hasSize(0))
                .body("checklist[0].answer", equalTo(null))
                .body("audit.status", equalTo("SCHEDULED"));
        assertThat(bookings.history("Audit", booked.auditId())).extracting(entry -> entry.action)
                .doesNotContain("fieldwork-started");

        sync(booked, List.of(Map.of("itemId", item, "answer", "CONFORMING", "baseVersion", 0)), List.of())
                .then().statusCode(200).body("answers[0].outcome", equalTo("APPLIED"));
    }

    @Test
    void aTechnicalExpertNeitherAcceptsNorVerifiesANonconformity() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.withTechnicalExpert(bookings.stage2()));
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        bookings.answerNonconformity(nc);

        step(booked, nc, "acceptance").then().statusCode(403).contentType(PROBLEM).body("type", equalTo(AUDITORS_ONLY));
        step(booked, nc, "return").then().statusCode(403).contentType(PROBLEM).body("type", equalTo(AUDITORS_ONLY));
        status(booked, nc).body("nonconformity.status", equalTo("RESPONDED"));

        bookings.acceptNonconformity(nc);
        step(booked, nc, "verification").then().statusCode(403).contentType(PROBLEM).body("type", equalTo(AUDITORS_ONLY));
        status(booked, nc).body("nonconformity.status", equalTo("ACCEPTED")).body("nonconformity.verifiedBy", equalTo(null));
        assertThat(bookings.history("Finding", nc)).isEmpty();
    }

    private static Response sync(AuditScheduledV1 booked, List<Map<String, Object>> answers,
                                 List<Map<String, Object>> findings) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("batchId", UUID.randomUUID().toString(), "answers", answers, "findings", findings))
                .post("/api/v1/auditor/audits/{id}/sync", booked.auditId());
    }

    private static Response step(AuditScheduledV1 booked, UUID nc, String step) {
        return given().contentType(ContentType.JSON).body(Map.of("note", "Looks fine."))
                .post("/api/v1/audits/{id}/nonconformities/{nc}/" + step, booked.auditId(), nc);
    }

    private static io.restassured.response.ValidatableResponse status(AuditScheduledV1 booked, UUID nc) {
        return given().get("/api/v1/audits/{id}/findings/{nc}", booked.auditId(), nc).then().statusCode(200);
    }
}
