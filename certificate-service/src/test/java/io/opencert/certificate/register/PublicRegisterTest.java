package io.opencert.certificate.register;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Anyone verifies a certificate, without a token, and learns only what is public. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class PublicRegisterTest {

    @Inject
    Certification certification;

    @Test
    void aCertificateIsVerifiedByItsNumberWithoutLogin() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();

        Map<String, Object> entry = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .body("number", is(certificate.number()))
                .body("holder", is("Example Services GmbH"))
                .body("standard", is("ISO/IEC 20000-1:2018"))
                .body("scope", is("Operation of IT services for hospitals"))
                .body("status", is("ACTIVE"))
                .body("statusSince", is(certificate.issueDate().toString()))
                .body("revision", is(1))
                .body("originalCertificationDate", is(certificate.originalCertificationDate().toString()))
                .body("issueDate", is(certificate.issueDate().toString()))
                .body("expiryDate", is(certificate.expiryDate().toString()))
                .extract().jsonPath().getMap("$");

        assertThat(entry).containsOnlyKeys("number", "holder", "standard", "scope", "status", "statusSince",
                "originalCertificationDate", "issueDate", "expiryDate", "revision", "sites");
        assertThat(entry.get("sites")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(
                Map.of("name", "Head office", "city", "Vienna", "country", "AT"),
                Map.of("name", "Data centre", "city", "Graz", "country", "AT"));
    }

    @Test
    void theNumberIsFoundWhateverItsCase() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();

        given().when().get("/api/v1/public/certificates/{number}", certificate.number().toLowerCase())
                .then().statusCode(200).body("number", is(certificate.number()));
    }

    @Test
    void anUnknownNumberIsAProblem404() {
        given().when().get("/api/v1/public/certificates/{number}", "CB-1999-000001")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("type", is("https://opencert.io/problems/not-found"))
                .body("detail", is("No certificate with the number CB-1999-000001 is in the register."));
    }
}
