package io.opencert.certificate.register;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.commons.time.AdjustableClock;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Anyone verifies a certificate, without a token, and learns only what is public, in JSON or as a web page. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class PublicRegisterTest {
    private static final String[] PUBLIC_FIELDS = {"number", "holder", "standard", "scope", "status", "statusSince",
            "originalCertificationDate", "issueDate", "expiryDate", "revision", "sites"};

    @Inject
    Certification certification;


    @Inject
    AdjustableClock clock;

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

        assertThat(entry).containsOnlyKeys(PUBLIC_FIELDS);
        assertThat(entry.get("sites")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(
                Map.of("name", "Head office", "city", "Vienna", "country", "AT", "scope", "Operation of IT services for hospitals"),
                Map.of("name", "Data centre", "city", "Graz", "country", "AT", "scope", "Operation of IT services for hospitals"));
    }

    @Test
    void theNumberIsFoundWhateverItsCase() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();

        given().when().get("/api/v1/public/certificates/{number}", certificate.number().toLowerCase())
                .then().statusCode(200).body("number", is(certificate.number()));
    }

    @Test
    void headAnswersTheHeadersOfTheVerificationWithoutItsBody() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();
        String etag = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).extract().header("ETag");

        given().when().head("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).header("ETag", etag).contentType("application/json").body(emptyString());
    }

    @Test
    void verificationIsDescribedWithTheRestOfTheApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/public/certificates/{number}'.get.operationId", is("verifyCertificate"))
                .body("paths.'/api/v1/public/certificates/{number}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/PublicCertificate"))
                .body("components.schemas.PublicCertificate.properties.keySet()", containsInAnyOrder(PUBLIC_FIELDS))
                .body("paths.'/api/v1/public/certificates'.get.summary", startsWith("Find certificates"));
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

    @Test
    void certificatesAreFoundByTheBeginningOfTheHolderNamePagedWithPublicFieldsOnly() {
        String prefix = "Zephyr " + UUID.randomUUID().toString().substring(0, 8);
        CertificateView first = certification.certify(UUID.randomUUID(), prefix + " Alpha GmbH");
        CertificateView second = certification.certify(UUID.randomUUID(), prefix + " Beta AG");
        CertificateView third = certification.certify(UUID.randomUUID(), prefix + " Gamma KG");
        certification.certify(UUID.randomUUID(), "Other " + prefix);

        given().queryParam("holder", prefix.toUpperCase()).queryParam("size", 2)
                .when().get("/api/v1/public/certificates")
                .then().statusCode(200)
                .body("total", is(3))
                .body("page", is(0))
                .body("items.number", contains(first.number(), second.number()));
        Map<String, Object> answer = given().queryParam("holder", prefix).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/public/certificates")
                .then().statusCode(200)
                .body("items.number", contains(third.number()))
                .extract().jsonPath().getMap("$");
        assertThat(answer).containsOnlyKeys("page", "size", "total", "items");
        assertThat(answer.get("items")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys((Object[]) PUBLIC_FIELDS);

        given().queryParam("holder", "%").when().get("/api/v1/public/certificates")
                .then().statusCode(400).body("violations[0].field", is("holder"));
        given().queryParam("holder", "__").when().get("/api/v1/public/certificates")
                .then().statusCode(200).body("total", is(0));
        given().queryParam("holder", prefix).queryParam("size", 101).when().get("/api/v1/public/certificates")
                .then().statusCode(400);
    }

    @Test
    void publicAnswersMayBeCachedAndAnUnchangedOneIsNotSentAgain() {
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();

        String etag = given().when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", startsWith("\""))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200);

        certification.suspend(certificate.id(), SuspensionReason.CLIENT_REQUEST, "asked");
        given().header("If-None-Match", etag).when().get("/api/v1/public/certificates/{number}", certificate.number())
                .then().statusCode(200).header("ETag", not(etag)).body("status", is("SUSPENDED"));

        String pageTag = given().when().get("/register/certificates/{number}", certificate.number())
                .then().statusCode(200).header("Cache-Control", "public, max-age=60").extract().header("ETag");
        assertThat(pageTag).isNotEqualTo(etag);
        given().header("If-None-Match", pageTag).when().get("/register/certificates/{number}", certificate.number())
                .then().statusCode(304);
        String searchTag = given().queryParam("holder", "Example").when().get("/api/v1/public/certificates")
                .then().statusCode(200).extract().header("ETag");
        given().queryParam("holder", "Example").header("If-None-Match", searchTag).when().get("/api/v1/public/certificates")
                .then().statusCode(304);
    }

    @Test
    void aPageBeyondAnyListOrANulInTheHolderIsRefusedNotFailed() {
        for (String page : List.of("2147483647", "99999999999999999999")) {
            given().queryParam("holder", "Example").queryParam("page", page)
                    .when().get("/api/v1/public/certificates")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://opencert.io/problems/invalid-input"))
                    .body("violations.field", contains("page"));
            given().queryParam("holder", "Example").queryParam("page", page)
                    .when().get("/register")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("page"));
        }
        given().queryParam("holder", "Ex\u0000ample")
                .when().get("/api/v1/public/certificates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("holder"))
                .body("violations.message", contains("must be one line without control characters"));
    }

    @Test
    void theVerificationPageShowsWhatAPersonNeedsWithoutScriptsOrPrivateFacts() {
        String holder = "Quokka " + UUID.randomUUID().toString().substring(0, 8) + " IT Services";
        CertificateView certificate = certification.certify(UUID.randomUUID(), holder);
        certification.suspend(certificate.id(), SuspensionReason.MISUSE_OF_MARK, "Mark printed on product packaging");

        String html = given().when().get("/register/certificates/{number}", certificate.number().toLowerCase())
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("<meta name=\"viewport\"", "Certificate " + certificate.number(), "Suspended",
                "suspended since " + clock.today(), holder, "ISO/IEC 20000-1:2018",
                "Operation of IT services for hospitals", "Head office, Vienna, AT", certificate.expiryDate().toString());
        assertThat(html).doesNotContain("<script", "MISUSE", "Mark printed", "client", certificate.clientId().toString());

        given().when().get("/register/certificates/{number}", "CB-1999-000009")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("No certificate with the number CB-1999-000009 is in the register."));
        given().queryParam("holder", holder.substring(0, 15)).when().get("/register")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("1 certificate(s)"))
                .body(containsString("/register/certificates/" + certificate.number()))
                .body(containsString("Suspended"));
    }

    @Test
    void holderNamesAreEscapedOnThePage() {
        CertificateView certificate = certification.certify(UUID.randomUUID(), "<b>Bold</b> & Sons Ltd");

        String html = given().when().get("/register/certificates/{number}", certificate.number())
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Sons Ltd").doesNotContain("<b>Bold</b>");
    }
}
