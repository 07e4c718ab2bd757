package io.opencert.audit.report;

import io.opencert.audit.Bookings;
import io.opencert.events.model.FindingGrade;
import io.opencert.events.scheduling.AuditScheduledV1;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditReportTest {
    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theReportOfACompletedAuditStatesItsFindingsAndTheRecommendation() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        given().contentType(ContentType.JSON).body(Map.of("batchId", UUID.randomUUID().toString(), "findings", List.of(
                        Map.of("id", UUID.randomUUID().toString(), "grade", "MINOR_NONCONFORMITY", "clause", "8.5.1",
                                "siteId", booked.sites().get(1).siteId().toString(),
                                "evidence", "Two emergency changes in October were not reviewed by the CAB."),
                        Map.of("id", UUID.randomUUID().toString(), "grade", "STRENGTH", "clause", "9.3",
                                "evidence", "Management review minutes trace every objective."))))
                .post("/api/v1/auditor/audits/{id}/sync", booked.auditId()).then().statusCode(200);
        bookings.answerChecklist(booked.auditId());
        given().contentType(ContentType.JSON)
                .body(Map.of("recommendation", "CERTIFY", "lastDayOnSite", booked.endDate().toString(),
                        "summary", "The SMS is effective; one minor nonconformity in change management."))
                .post("/api/v1/audits/{id}/completion", booked.auditId()).then().statusCode(200);

        String text = reportText(booked);

        assertThat(text).contains("Audit report", "stage 2 audit of Alpha Services Ltd",
                "Recommendation of the audit team: certify.",
                "The SMS is effective; one minor nonconformity in change management.",
                "Findings (2)",
                "1. minor nonconformity, clause 8.5.1 Change management",
                "Site: Data centre, Graz, AT",
                "Two emergency changes in October were not reviewed by the CAB.",
                "Status: awaiting response; answer due",
                "2. strength, clause 9.3 Management review",
                "Management review minutes trace every objective.");
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1a00000-0000-4000-8000-000000000001"))
    void theAuditedOrganisationReadsTheReportWithItsAnswers() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID nc = bookings.nonconformity(booked.auditId(), FindingGrade.MAJOR_NONCONFORMITY);
        bookings.answerNonconformity(nc);

        assertThat(reportText(booked)).contains("1. major nonconformity, clause 8.5.1 Change management",
                "Status: responded", "Root cause: No CAB for emergencies.", "Corrective action: Emergency CAB introduced.",
                "The audit is not completed yet.");
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationDoesNotReadTheReport() {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());

        given().get("/api/v1/audits/{id}/report", booked.auditId()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = Bookings.LEAD, roles = "auditor")
    void theReportIsPrintedOnceWhileItStatesTheSameAndAfreshWhenTheAuditChanges() throws IOException {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        record(booked, "Two versions of the service catalogue are in use.");

        byte[] first = reportPdf(booked);
        byte[] again = reportPdf(booked);
        record(booked, "Restores of backups are not tested.");
        byte[] changed = reportPdf(booked);

        // every printing gives the PDF a new document id: the same bytes are the same printing
        assertThat(again).isEqualTo(first);
        assertThat(text(changed)).contains("Findings (2)", "Restores of backups are not tested.");
    }

    private static void record(AuditScheduledV1 booked, String evidence) {
        given().contentType(ContentType.JSON).body(Map.of("grade", "OBSERVATION", "clause", "7.5", "evidence", evidence))
                .post("/api/v1/audits/{id}/findings", booked.auditId()).then().statusCode(201);
    }

    private static String reportText(AuditScheduledV1 booked) throws IOException {
        return text(reportPdf(booked));
    }

    private static byte[] reportPdf(AuditScheduledV1 booked) {
        return given().get("/api/v1/audits/{id}/report", booked.auditId())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
