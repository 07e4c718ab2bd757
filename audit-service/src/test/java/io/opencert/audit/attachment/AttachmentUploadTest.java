package io.opencert.audit.attachment;

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
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Photos and PDFs of findings: uploaded separately, retry-safe under the phone's id, within size and type limits. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AttachmentUploadTest {
    private static final String PROBLEM = "application/problem+json";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    Bookings bookings;

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aRetriedUploadStoresThePhotoOnceAndTheSameIdWithOtherContentIsRefused() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID finding = bookings.nonconformity(booked.auditId(), FindingGrade.MINOR_NONCONFORMITY);
        UUID attachment = UUID.randomUUID();
        byte[] photo = jpeg(2_000, (byte) 7);

        upload(booked, finding, attachment, "image/jpeg", photo).then().statusCode(201)
                .header("Location", endsWith("/api/v1/audits/" + booked.auditId() + "/attachments/" + attachment))
                .body("id", equalTo(attachment.toString()))
                .body("findingId", equalTo(finding.toString()))
                .body("fileName", equalTo("rack-12.jpg"))
                .body("mediaType", equalTo("image/jpeg"))
                .body("sizeBytes", equalTo(photo.length))
                .body("sha256", equalTo(sha256(photo)))
                .body("uploadedBy", equalTo(Bookings.MEMBER));
        upload(booked, finding, attachment, "image/jpeg", photo).then().statusCode(200)
                .body("id", equalTo(attachment.toString()));
        upload(booked, finding, attachment, "image/jpeg", jpeg(2_000, (byte) 8)).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("https://opencert.io/problems/attachment-id-taken"));

        byte[] downloaded = given().get("/api/v1/audits/{id}/attachments/{a}", booked.auditId(), attachment)
                .then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", startsWith("inline; filename=\"rack-12.jpg\""))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(photo);
        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then()
                .body("attachments", hasSize(1))
                .body("attachments[0].sha256", equalTo(sha256(photo)));
        assertThat(bookings.history("Attachment", attachment)).hasSize(1);
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void sizeAndTypeLimitsAreProblems() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID finding = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);

        upload(booked, finding, UUID.randomUUID(), "application/pdf", pdf(MAX_BYTES)).then().statusCode(201);
        upload(booked, finding, UUID.randomUUID(), "application/pdf", pdf(MAX_BYTES + 1)).then().statusCode(413)
                .contentType(PROBLEM).body("type", equalTo("https://opencert.io/problems/attachment-too-large"));
        upload(booked, finding, UUID.randomUUID(), "text/html", "<html/>".getBytes()).then().statusCode(415)
                .contentType(PROBLEM).body("type", equalTo("https://opencert.io/problems/attachment-type-not-allowed"));
        upload(booked, finding, UUID.randomUUID(), "image/png", jpeg(100, (byte) 1)).then().statusCode(415)
                .contentType(PROBLEM).body("type", equalTo("https://opencert.io/problems/attachment-content-not-of-type"));
        given().contentType("image/jpeg").body(jpeg(100, (byte) 1))
                .put("/api/v1/auditor/audits/{id}/findings/{f}/attachments/{a}", booked.auditId(), finding, UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("fileName"));
        upload(booked, UUID.randomUUID(), UUID.randomUUID(), "image/jpeg", jpeg(100, (byte) 1)).then().statusCode(404);

        given().get("/api/v1/auditor/audits/{id}/bundle", booked.auditId()).then().body("attachments", hasSize(1));
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void aDocumentIsSavedNotShownUnderAnyNameItWasGiven() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID finding = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);
        UUID attachment = UUID.randomUUID();
        given().contentType("application/pdf").body(pdf(1_000)).queryParam("fileName", "Łódź \"Ελλάδα\".pdf")
                .put("/api/v1/auditor/audits/{id}/findings/{f}/attachments/{a}", booked.auditId(), finding, attachment)
                .then().statusCode(201);

        given().get("/api/v1/audits/{id}/attachments/{a}", booked.auditId(), attachment)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"__d_ ________.pdf\"; "
                        + "filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20%22%CE%95%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1%22.pdf"))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
    }

    @Test
    @TestSecurity(user = Bookings.MEMBER, roles = "auditor")
    void anUploadTooLargeIsRefusedBeforeItsBodyIsRead() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID finding = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);
        String path = "/api/v1/auditor/audits/" + booked.auditId() + "/findings/" + finding + "/attachments/"
                + UUID.randomUUID() + "?fileName=huge.pdf";
        // announces 1 GB and sends none of it: the answer comes at once, nothing waits for the body
        assertThat(statusLine(path, "Content-Length: 1073741824")).isEqualTo("HTTP/1.1 413");
        assertThat(statusLine(path, "Transfer-Encoding: chunked")).isEqualTo("HTTP/1.1 411");
    }

    /** The status line of an upload whose headers are sent and whose body is not. */
    private static String statusLine(String path, String length) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/pdf\r\n" + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        }
    }

    @Test
    @TestSecurity(user = Bookings.OUTSIDER, roles = "auditor")
    void anAuditorOffTheTeamAttachesNothing() throws Throwable {
        AuditScheduledV1 booked = bookings.book(bookings.stage2());
        UUID finding = bookings.nonconformity(booked.auditId(), FindingGrade.OBSERVATION);

        upload(booked, finding, UUID.randomUUID(), "image/jpeg", jpeg(100, (byte) 1)).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = "c1b00000-0000-4000-8000-000000000002"))
    void anotherOrganisationDoesNotDownloadTheAttachments() {
        given().get("/api/v1/audits/{id}/attachments/{a}", bookings.book(bookings.stage2()).auditId(), UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    private static Response upload(AuditScheduledV1 booked, UUID finding, UUID attachment, String type, byte[] content) {
        return given().contentType(type).body(content).queryParam("fileName", "rack-12.jpg")
                .put("/api/v1/auditor/audits/{id}/findings/{f}/attachments/{a}", booked.auditId(), finding, attachment);
    }

    private static byte[] jpeg(int size, byte fill) {
        byte[] content = new byte[size];
        Arrays.fill(content, fill);
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        return content;
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.7".getBytes(), 0, content, 0, 8);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
