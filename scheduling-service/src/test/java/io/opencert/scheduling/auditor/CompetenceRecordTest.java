package io.opencert.scheduling.auditor;

import io.opencert.localstack.PostgresTestResource;
import io.opencert.scheduling.SchedulingDriver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.opencert.events.model.Standard.ISO_IEC_20000_1_2018;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The administrator keeps auditors' competence records; each auditor reads their own, with lapse flags. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class CompetenceRecordTest {
    private static final String SELF = "auditor-competence-self";

    @Inject
    SchedulingDriver driver;

    /** The service's clock, which other tests may have set to a day of theirs. */
    @Inject
    Clock clock;

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void theAdministratorGrantsQualificationsAndRecordsWitnessAuditsAndDevelopment() {
        UUID id = driver.auditorId(driver.registerUnqualified(true, ISO_IEC_20000_1_2018));
        LocalDate today = LocalDate.now(clock);

        given().contentType(ContentType.JSON).body(qualification("LEAD_AUDITOR", List.of("IT-HOSTING", "IT-NETWORK"),
                        today.minusYears(2), today.plusYears(1)))
                .post("/api/v1/auditors/{id}/qualifications", id).then().statusCode(201)
                .body("qualifications", hasSize(1))
                .body("qualifications[0].standard", equalTo("ISO_IEC_20000_1_2018"))
                .body("qualifications[0].role", equalTo("LEAD_AUDITOR"))
                .body("qualifications[0].technicalAreas", equalTo(List.of("IT-HOSTING", "IT-NETWORK")))
                .body("qualifications[0].evidence", equalTo("Lead auditor course, certificate 2024-117"))
                .body("qualifications[0].standing", equalTo("VALID"));
        given().contentType(ContentType.JSON).body(Map.of("witnessedOn", today.minusMonths(2).toString(),
                        "evaluator", "Head of certification", "outcome", "SATISFACTORY", "notes", "Sound sampling"))
                .post("/api/v1/auditors/{id}/witness-audits", id).then().statusCode(201)
                .body("witnessAudits[0].outcome", equalTo("SATISFACTORY"))
                .body("witnessAudits[0].evaluator", equalTo("Head of certification"));
        given().contentType(ContentType.JSON).body(Map.of("completedOn", today.minusMonths(1).toString(),
                        "hours", 7.5, "activity", "ISO/IEC 20000-1 update seminar"))
                .post("/api/v1/auditors/{id}/development", id).then().statusCode(201)
                .body("development[0].activity", equalTo("ISO/IEC 20000-1 update seminar"))
                .body("developmentHoursLastYear", equalTo(7.5f));

        given().get("/api/v1/auditors/{id}/competence", id).then().statusCode(200)
                .body("qualifications", hasSize(1)).body("witnessAudits", hasSize(1)).body("development", hasSize(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void refusesAQualificationThatExpiresBeforeItIsGrantedOrNamesAnUnknownArea() {
        UUID id = driver.auditorId(driver.registerUnqualified(false, ISO_IEC_20000_1_2018));

        given().contentType(ContentType.JSON).body(qualification("AUDITOR", List.of("IT-HOSTING"),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)))
                .post("/api/v1/auditors/{id}/qualifications", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(qualification("AUDITOR", List.of("NO-SUCH-AREA"),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2029, 4, 30)))
                .post("/api/v1/auditors/{id}/qualifications", id).then().statusCode(409)
                .body("type", endsWith("/technical-area-not-offered"))
                .body("detail", equalTo("The catalogue of technical areas does not offer NO-SUCH-AREA (unknown or "
                        + "retired)."));
        given().contentType(ContentType.JSON).body(qualification("AUDITOR", List.of("IT-HOSTING"),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2029, 4, 30)))
                .post("/api/v1/auditors/{id}/qualifications", UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-01-01", "reason", "Witness audit"))
                .post("/api/v1/auditors/{id}/qualifications/{q}/withdrawal", id, UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = SELF, roles = "auditor")
    void theAuditorSeesTheirOwnQualificationsFlaggedWhenTheyLapseOrExpireSoon() {
        UUID id = driver.auditorNamed(SELF, true, ISO_IEC_20000_1_2018);
        LocalDate today = LocalDate.now(clock);
        String lapsed = "lapsed " + UUID.randomUUID();
        String expiring = "expiring " + UUID.randomUUID();
        driver.grantWithEvidence(id, lapsed, today.minusYears(3), today.minusDays(1));
        driver.grantWithEvidence(id, expiring, today.minusYears(3), today.plusDays(30));

        given().get("/api/v1/auditors/me/competence").then().statusCode(200)
                .body("username", equalTo(SELF))
                .body("qualifications.find { it.evidence == '" + lapsed + "' }.standing", equalTo("LAPSED"))
                .body("qualifications.find { it.evidence == '" + expiring + "' }.standing",
                        equalTo("EXPIRING_SOON"));
        given().get("/api/v1/auditors/{id}/competence", id).then().statusCode(200).body("username", equalTo(SELF));
    }

    @Test
    @TestSecurity(user = "auditor-someone-else", roles = "auditor")
    void anAuditorKeepsNoRecordAndReadsNoOtherAuditorsRecord() {
        UUID other = driver.auditorId(driver.registerAuditor(false, ISO_IEC_20000_1_2018));

        given().get("/api/v1/auditors/{id}/competence", other).then().statusCode(403);
        given().contentType(ContentType.JSON).body(qualification("AUDITOR", List.of("IT-HOSTING"),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2029, 4, 30)))
                .post("/api/v1/auditors/{id}/qualifications", other).then().statusCode(403);
        given().get("/api/v1/auditors/me/competence").then().statusCode(404);
    }

    private static Map<String, Object> qualification(String role, List<String> areas, LocalDate grantedOn,
                                                     LocalDate expiresOn) {
        return Map.of("standard", "ISO_IEC_20000_1_2018", "role", role, "technicalAreas", areas,
                "evidence", "Lead auditor course, certificate 2024-117", "grantedOn", grantedOn.toString(),
                "expiresOn", expiresOn.toString());
    }
}
