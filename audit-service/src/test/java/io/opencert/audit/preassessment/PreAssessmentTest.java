package io.opencert.audit.preassessment;

import io.opencert.audit.Bookings;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.Standard;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Stage review and system and risk review: the strengths and weaknesses profile, findings only. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class PreAssessmentTest {
    private static final String PROBLEM = "application/problem+json";
    private static final List<Standard> PART_1 = List.of(Standard.ISO_IEC_20000_1_2018);

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theLeadAuditorRecordsTheProfileAndTheReportCarriesIt() throws Exception {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.PRE_ASSESSMENT, PART_1));
        given().get("/api/v1/audits/{id}/pre-assessment", booked.auditId()).then().statusCode(200)
                .body("areas", hasSize(0));

        put(booked, profile()).then().statusCode(200)
                .body("areas.processArea", contains("8.5", "8.6.1"))
                .body("areas[0].title", equalTo("Service design, build and transition"))
                .body("areas[0].maturity", equalTo(2))
                .body("areas[1].maturity", equalTo(4))
                .body("summary", equalTo("Resolution processes are established; transition records are incomplete."))
                .body("updatedBy", equalTo(Bookings.LEAD))
                .body("version", equalTo(0));

        byte[] pdf = given().get("/api/v1/audits/{id}/report", booked.auditId()).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Strengths and weaknesses profile",
                    "8.5 Service design, build and transition: maturity level 2 of 5.",
                    "Weaknesses: Release records lack test evidence.",
                    "8.6.1 Incident management: maturity level 4 of 5.",
                    "Strengths: Incidents are classified and escalated consistently.");
        }
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void adviceIsRefusedNamingEachPlaceItIsIn() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.SYSTEM_AND_RISK_REVIEW, PART_1));
        Map<String, Object> profile = profile();
        profile.put("summary", "The organisation should introduce release testing.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> areas = (List<Map<String, Object>>) profile.get("areas");
        areas.get(1).put("weaknesses", "We recommend a major incident procedure.");

        put(booked, profile).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/advice-in-report"))
                .body("violations.field", contains("areas[1].weaknesses", "summary"));
        given().get("/api/v1/audits/{id}/pre-assessment", booked.auditId()).then().body("areas", hasSize(0));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void maturityIsZeroToFiveAndAProcessAreaIsAClause() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.PRE_ASSESSMENT, PART_1));
        Map<String, Object> profile = profile();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> areas = (List<Map<String, Object>>) profile.get("areas");
        areas.get(0).put("maturity", 6);
        put(booked, profile).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("areas[0].maturity"));

        areas.get(0).put("maturity", 0);
        areas.get(1).put("processArea", "8.9");
        put(booked, profile).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                .body("violations.field", contains("areas[1].processArea"));
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void onlyAPreAssessmentHasAProfile() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        put(booked, profile()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://opencert.io/problems/not-a-pre-assessment"));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void otherTeamMembersDoNotRecordTheProfile() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.PRE_ASSESSMENT, PART_1));

        put(booked, profile()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamNeitherReadsNorRecordsTheProfile() {
        AuditScheduledV1 booked = bookings.book(bookings.of(AuditType.PRE_ASSESSMENT, PART_1));

        given().get("/api/v1/audits/{id}/pre-assessment", booked.auditId()).then().statusCode(404);
        put(booked, profile()).then().statusCode(404).contentType(PROBLEM);
    }

    private static Response put(AuditScheduledV1 booked, Map<String, Object> profile) {
        return given().contentType(ContentType.JSON).body(profile).put("/api/v1/audits/{id}/pre-assessment", booked.auditId());
    }

    private static Map<String, Object> profile() {
        Map<String, Object> transition = new HashMap<>(Map.of("processArea", "8.5", "maturity", 2,
                "strengths", "Changes are recorded in one tool.", "weaknesses", "Release records lack test evidence."));
        Map<String, Object> incidents = new HashMap<>(Map.of("processArea", "8.6.1", "maturity", 4,
                "strengths", "Incidents are classified and escalated consistently."));
        Map<String, Object> profile = new HashMap<>();
        profile.put("areas", List.of(transition, incidents));
        profile.put("summary", "Resolution processes are established; transition records are incomplete.");
        return profile;
    }
}
