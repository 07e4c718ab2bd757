package io.opencert.certificate.licence;

import io.opencert.certificate.CertificationTestBase;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The licence terms are versioned: a licence is granted under the version in effect and keeps it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class LicenceTermsTest extends CertificationTestBase {
    // far in the future, so that no other test's licence is granted under these terms
    private static final LocalDate EFFECTIVE = LocalDate.of(2090, 1, 1);

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void anAdminPublishesANewVersionForLicencesGrantedFromItsDateOn() {
        CertificateView before = certification.certifiedOn(EFFECTIVE.minusDays(1));

        int version = given().contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", EFFECTIVE.toString(), "title", "Certificate issuance and right to use licence",
                        "text", "The holder may use the certificate and the mark for the certified scope only."))
                .when().post("/api/v1/licence-terms")
                .then().statusCode(200)
                .body("effectiveFrom", is(EFFECTIVE.toString()))
                .extract().path("version");
        CertificateView after = certification.certifiedOn(EFFECTIVE.plusDays(31));

        given().queryParam("clientId", before.clientId()).when().get("/api/v1/licences")
                .then().statusCode(200).body("items[0].terms.version", is(version - 1));
        given().queryParam("clientId", after.clientId()).when().get("/api/v1/licences")
                .then().statusCode(200)
                .body("items[0].terms.version", is(version))
                .body("items[0].terms.text", is("The holder may use the certificate and the mark for the certified scope only."));
        given().when().get("/api/v1/licence-terms").then().statusCode(200)
                .body("version", hasItem(1)).body("version", hasItem(version));

        given().contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", EFFECTIVE.toString(), "title", "Again", "text", "Same day"))
                .when().post("/api/v1/licence-terms")
                .then().statusCode(409).body("type", endsWith("/licence-terms-effective-after-latest"));
        given().contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", EFFECTIVE.plusYears(1).toString(), "title", " ", "text", "x"))
                .when().post("/api/v1/licence-terms")
                .then().statusCode(400).body("violations[0].field", is("title"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "cb-admin")
    void termsWithANulCharacterAreRefusedAndNothingIsPublished() {
        given().contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2096-01-01", "title", "Terms",
                        "text", "Clause 1.\nThe holder\u0000 may use the mark."))
                .when().post("/api/v1/licence-terms")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/invalid-input"))
                .body("violations[0].field", is("text"))
                .body("violations[0].message", is("must not contain control characters such as NUL"));
        given().when().get("/api/v1/licence-terms").then().statusCode(200).body("effectiveFrom", not(hasItem("2096-01-01")));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyAnAdminPublishesTerms() {
        given().contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2095-01-01", "title", "Terms", "text", "Text"))
                .when().post("/api/v1/licence-terms")
                .then().statusCode(403);
        given().when().get("/api/v1/licence-terms").then().statusCode(200).body("[0].version", is(1));
    }
}
