package io.opencert.certificate.complaint;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.opencert.certificate.Certification.onVertx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Anyone files a complaint without logging in, through the API or the form next to the register, and follows it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class PublicComplaintTest {
    @Inject
    Certification certification;

    @Inject
    Handlings handlings;

    @Inject
    ComplaintService complaints;

    @Inject
    HandlingTerms terms;

    @Test
    void aComplaintIsKeptExactlyAsSentAndFollowedByItsToken() {
        CertificateView certificate = certification.certify(UUID.randomUUID(), "Nordlicht IT Services GmbH");
        Map<String, Object> sent = complaint(certificate.number());
        sent.put("complainantName", "  Maria  Beispiel ");
        sent.put("description", "  Incident 4711 was closed unanswered.\n\nSo was 4712.  ");

        String token = given().contentType(ContentType.JSON).body(sent)
                .when().post("/api/v1/public/complaints")
                .then().statusCode(201)
                .body("reference", matchesPattern("C-\\d{4}-[2-9A-HJ-NP-Z]{8}"))
                .body("trackingToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract().path("trackingToken");

        given().when().get("/api/v1/public/complaints/{token}", token)
                .then().statusCode(200)
                .body("status", is("RECEIVED"))
                .body("outcome", is((Object) null))
                .body("$", not(hasKey("investigator")));
        ComplaintView stored = onVertx(() -> Panache.withSession(() -> Complaint.<Complaint>find("trackingToken", token)
                .singleResult().map(complaint -> complaint.view(terms.complaints(), Instant.now()))));
        assertThat(stored.complainantName()).isEqualTo("  Maria  Beispiel ");
        assertThat(stored.description()).isEqualTo("  Incident 4711 was closed unanswered.\n\nSo was 4712.  ");
        assertThat(stored.clientId()).isEqualTo(certificate.clientId());
        assertThat(stored.filedBy()).isNull();
    }

    @Test
    void theComplainantReadsTheOutcomeOnceDecided() {
        ComplaintView complaint = handlings.investigated(handlings.file(null), "quality");
        String token = complaint.statusPage().substring(complaint.statusPage().lastIndexOf('/') + 1);
        onVertx(() -> complaints.decide(complaint.id(), Handlings.upheld("We apologise; your audit is re-planned."),
                "head"));

        given().when().get("/api/v1/public/complaints/{token}", token)
                .then().statusCode(200)
                .body("reference", is(complaint.reference()))
                .body("status", is("DECIDED")).body("upheld", is(true))
                .body("outcome", is("We apologise; your audit is re-planned."));
        given().when().get(complaint.statusPage())
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(complaint.reference()))
                .body(containsString("We apologise; your audit is re-planned."));
        given().when().get("/api/v1/public/complaints/{token}", "not-a-token-anyone-was-given")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/register/complaints/not-a-token-anyone-was-given")
                .then().statusCode(404).body(containsString("Complaint not found"));
    }

    @ParameterizedTest(name = "{0} = {1}: 400 on {2}")
    @CsvSource({
            "complainantEmail, maria.example.org, complainantEmail",
            "complainantEmail, '', complainantEmail",
            "complainantName, '', complainantName",
            "complainantName, LONG, complainantName",
            "description, '   ', description",
            "certificateNumber, '', certificateNumber",
            "certificateNumber, CB-1999-000000, certificateNumber",
            "about, SOMEONE_ELSE, about",
    })
    void badInputIsRefusedWithTheFieldNamed(String field, String value, String refused) {
        Map<String, Object> sent = complaint("CB-1999-000000");
        sent.put(field, value.equals("LONG") ? "M".repeat(201) : value);

        given().contentType(ContentType.JSON).body(sent)
                .when().post("/api/v1/public/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString(refused)));
    }

    @Test
    void aComplaintAboutTheBodyNamesNoCertificateAndTextsHaveNoControlCharacters() {
        Map<String, Object> aboutBody = complaint("CB-2026-000001");
        aboutBody.put("about", "CERTIFICATION_BODY");
        given().contentType(ContentType.JSON).body(aboutBody).when().post("/api/v1/public/complaints")
                .then().statusCode(400).body("violations[0].field", is("certificateNumber"));
        aboutBody.remove("certificateNumber");
        aboutBody.put("description", "Bell\u0007");
        given().contentType(ContentType.JSON).body(aboutBody).when().post("/api/v1/public/complaints")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theProcessIsDescribedWithTheFormWhichFilesAComplaint() {
        given().when().get("/register/complaints")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("ISO/IEC 17021-1"))
                .body(containsString("within 5 days"))
                .body(containsString("within 60 days"))
                .body(containsString("within 30 days of"))
                .body(containsString("<form class=\"complaint-form\" method=\"post\" action=\"/register/complaints\">"));

        String page = given().contentType(ContentType.URLENC)
                .formParams(Map.of("complainantName", "Maria Beispiel", "complainantEmail", "maria@example.org",
                        "about", "CERTIFICATION_BODY", "description", "Nobody answered my letter of 3 March."))
                .when().post("/register/complaints")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Your complaint was received"))
                .extract().asString();
        String statusPage = page.replaceAll("(?s).*href=\"(/register/complaints/[^\"]+)\".*", "$1");
        given().when().get(statusPage).then().statusCode(200).body(containsString("Received, to be acknowledged"));
    }

    @Test
    void aRefusedFormComesBackFilledInWithWhatToCorrect() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("complainantName", "Maria <Beispiel>", "complainantEmail", "not an address",
                        "about", "CERTIFIED_CLIENT", "certificateNumber", "CB-1999-000000", "description", "Late."))
                .when().post("/register/complaints")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Your e-mail address: must be a well-formed email address"))
                .body(containsString("value=\"Maria &lt;Beispiel&gt;\""));
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("complainantName", "Maria", "complainantEmail", "maria@example.org",
                        "about", "CERTIFIED_CLIENT", "certificateNumber", "CB-1999-000000", "description", "Late."))
                .when().post("/register/complaints")
                .then().statusCode(400)
                .body(containsString("Certificate number: no certificate of the register has this number"));
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("complainantName", "Maria", "complainantEmail", "maria@example.org",
                        "about", "CERTIFICATION_BODY", "description", "Late\u0000"))
                .when().post("/register/complaints")
                .then().statusCode(400)
                .body(containsString("Your complaint: must not contain control characters such as NUL"));
    }

    @Test
    void theVerificationPagesLinkToTheProcess() {
        given().when().get("/register").then().statusCode(200)
                .body(containsString("<a href=\"/register/complaints\">Complaints and appeals</a>"));
    }

    private static Map<String, Object> complaint(String certificateNumber) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("complainantName", "Maria Beispiel");
        complaint.put("complainantEmail", "maria.beispiel@example.org");
        complaint.put("about", "CERTIFIED_CLIENT");
        complaint.put("certificateNumber", certificateNumber);
        complaint.put("description", "The certified service desk leaves incidents unanswered.");
        return complaint;
    }
}
