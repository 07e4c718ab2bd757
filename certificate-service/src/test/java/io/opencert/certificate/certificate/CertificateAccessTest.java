package io.opencert.certificate.certificate;

import io.opencert.certificate.Certification;
import io.opencert.certificate.certificate.dto.CertificateView;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Who may see which certificate: client users only their own organisation's, and everything needs a role. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CertificateAccessTest {
    private static final String CLIENT_A = "c1a00000-0000-4000-8000-000000000001";
    private static final String CLIENT_B = "c1b00000-0000-4000-8000-000000000002";

    @Inject
    Certification certification;

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_A))
    void aClientUserSeesItsOwnCertificates() {
        CertificateView own = certification.certify(UUID.fromString(CLIENT_A)).certificate();
        certification.certify(UUID.fromString(CLIENT_B));

        given().when().get("/api/v1/certificates/{id}", own.id())
                .then().statusCode(200).body("number", is(own.number())).body("clientId", is(CLIENT_A));
        // asking for another organisation's certificates still lists only the own ones
        given().queryParam("clientId", CLIENT_B).queryParam("size", 100)
                .when().get("/api/v1/certificates")
                .then().statusCode(200)
                .body("items.number", hasItem(own.number()))
                .body("items.clientId", everyItem(is(CLIENT_A)));
    }

    @Test
    @TestSecurity(user = "client-b", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_B))
    void anotherOrganisationsCertificateIsNotFound() {
        CertificateView foreign = certification.certify(UUID.randomUUID()).certificate();

        given().when().get("/api/v1/certificates/{id}", foreign.id())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", is("Certificate " + foreign.id() + " not found."));
        given().queryParam("size", 100).when().get("/api/v1/certificates")
                .then().statusCode(200).body("items.number", not(hasItem(foreign.number())));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffSeeAllCertificatesAndFilterByClient() {
        UUID clientId = UUID.randomUUID();
        CertificateView certificate = certification.certify(clientId).certificate();

        given().queryParam("clientId", clientId).when().get("/api/v1/certificates")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].id", is(certificate.id().toString()))
                .body("items[0].standardTitle", is("ISO/IEC 20000-1:2018"));
        given().queryParam("status", "ACTIVE").when().get("/api/v1/certificates")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1)).body("items.status", everyItem(is("ACTIVE")));
    }

    @Test
    void withoutATokenOnlyThePublicRegisterAnswers() {
        given().when().get("/api/v1/certificates")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/decisions")
                .then().statusCode(401);
        given().when().post("/api/v1/admin/jobs/expiry-notices")
                .then().statusCode(401);
        UUID id = UUID.randomUUID();
        for (String path : new String[]{"/api/v1/licences", "/api/v1/licences/" + id, "/api/v1/certificates/" + id + "/pdf",
                "/api/v1/certificates/" + id + "/revisions", "/api/v1/certificates/" + id + "/revisions/1/pdf"}) {
            given().when().get(path).then().statusCode(401);
        }
        for (String path : new String[]{"reissue", "scope-reduction", "suspension"}) {
            given().contentType(ContentType.JSON).body(Map.of("note", "x"))
                    .when().post("/api/v1/certificates/{id}/" + path, id).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("rationale", "x"))
                .when().post("/api/v1/decisions/{id}/refusal", id).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "auditor2", roles = "auditor")
    void anAuditorHasNoBusinessWithCertificatesOrDecisions() {
        given().when().get("/api/v1/certificates")
                .then().statusCode(403).contentType("application/problem+json").body("type", is("https://opencert.io/problems/forbidden"));
        given().when().get("/api/v1/decisions").then().statusCode(403);
        CertificateView certificate = certification.certify(UUID.randomUUID()).certificate();
        given().when().get("/api/v1/certificates/{id}/pdf", certificate.id()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "SCOPE_CHANGE", "scope", "x", "note", "x"))
                .when().post("/api/v1/certificates/{id}/reissue", certificate.id()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void onlyADecisionMakerGrantsAndOnlyAnAdminRunsJobs() {
        given().contentType(ContentType.JSON).body(Map.of("rationale", "Staff cannot decide."))
                .when().post("/api/v1/decisions/{id}/grant", UUID.randomUUID())
                .then().statusCode(403);
        given().when().post("/api/v1/admin/jobs/expiry-notices").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-a", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = CLIENT_A))
    void aClientUserSeesNoDecisions() {
        given().when().get("/api/v1/decisions").then().statusCode(403);
    }
}
