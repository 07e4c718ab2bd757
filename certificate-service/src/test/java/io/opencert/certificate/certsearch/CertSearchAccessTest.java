package io.opencert.certificate.certsearch;

import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Who may record a holder's consent and who may export to IAF CertSearch; what bad input gets. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class CertSearchAccessTest {
    private static final String OWN = "c5a00000-0000-4000-8000-000000000001";
    private static final String CONSENTS = "/api/v1/certsearch/consents/{clientId}";

    @Test
    @TestSecurity(user = "client-user", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = OWN))
    void aHolderGivesAndWithdrawsItsOwnConsentAndEveryChangeIsKept() {
        given().when().get(CONSENTS, OWN).then().statusCode(200)
                .body("clientId", is(OWN)).body("consented", is(false)).body("history", hasSize(0));

        put(OWN, true, "Agreed in the contract").statusCode(200).body("consented", is(true));
        // giving it again changes nothing and records nothing
        put(OWN, true, null).statusCode(200).body("history", hasSize(1));
        put(OWN, false, "No longer wanted").statusCode(200)
                .body("consented", is(false))
                .body("history.consented", is(List.of(true, false)))
                .body("history.recordedBy", is(List.of("client-user", "client-user")))
                .body("history.recordedAs", is(List.of("HOLDER", "HOLDER")))
                .body("history.note", is(List.of("Agreed in the contract", "No longer wanted")))
                .body("history[1].recordedAt", notNullValue());

        // another organisation's consent is not there for this user, neither to read nor to change
        String other = UUID.randomUUID().toString();
        given().when().get(CONSENTS, other).then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("Client " + other + " not found."));
        put(other, true, null).statusCode(404).body("detail", is("Client " + other + " not found."));
        // nor the export
        given().queryParam("changedSince", "2026-01-01").when().get("/api/v1/certsearch/export")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void staffRecordTheConsentOnTheHoldersBehalf() {
        String clientId = UUID.randomUUID().toString();
        put(clientId, true, "Signed form of 2 March").statusCode(200)
                .body("history[0].recordedBy", is("staff"))
                .body("history[0].recordedAs", is("CERTIFICATION_BODY"));
        given().when().get(CONSENTS, clientId).then().statusCode(200).body("consented", is(true));
        // withdrawing a consent never given records nothing
        String never = UUID.randomUUID().toString();
        put(never, false, null).statusCode(200).body("consented", is(false)).body("history", hasSize(0));
    }

    @Test
    @TestSecurity(user = "staff", roles = "cb-staff")
    void badInputIsRefusedByName() {
        given().contentType(ContentType.JSON).body(Map.of("note", "no decision"))
                .when().put(CONSENTS, UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", is(List.of("consented")));
        export(Map.of("changedSince", "yesterday")).statusCode(400).contentType("application/problem+json")
                .body("detail", is("changedSince: must be a date (2026-03-14) or an instant (2026-03-14T10:00:00Z)"));
        export(Map.of()).statusCode(400)
                .body("detail", is("changedSince: must be a date (2026-03-14) or an instant (2026-03-14T10:00:00Z)"));
        export(Map.of("changedSince", "2026-13-01")).statusCode(400).body("violations[0].field", is("changedSince"));
        export(Map.of("changedSince", "2026-03-14", "changedBefore", "2026-03-13")).statusCode(400)
                .body("detail", is("changedBefore: must be after changedSince (2026-03-14T00:00:00Z)"));
        export(Map.of("changedSince", "2026-03-14", "format", "xml")).statusCode(400)
                .body("detail", is("format: must be csv or json"));
        export(Map.of("changedSince", "2026-03-14", "size", "1000")).statusCode(400);
    }

    @Test
    @TestSecurity(user = "auditor2", roles = "auditor")
    void anAuditorHasNoBusinessWithCertSearch() {
        given().when().get(CONSENTS, OWN).then().statusCode(403);
        put(OWN, true, null).statusCode(403);
        export(Map.of("changedSince", "2026-03-14")).statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/certsearch/files").then().statusCode(403);
        given().when().post("/api/v1/certsearch/files/{date}", "2026-03-14").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "client-user", roles = "client")
    @OidcSecurity(claims = @Claim(key = "client_id", value = OWN))
    void aHolderSeesNoDailyFiles() {
        given().when().get("/api/v1/certsearch/files").then().statusCode(403);
        given().when().get("/api/v1/certsearch/files/{date}", "2026-03-14").then().statusCode(403);
    }

    @Test
    void withoutATokenNothingAnswers() {
        given().when().get(CONSENTS, OWN).then().statusCode(401).contentType("application/problem+json");
        put(OWN, true, null).statusCode(401);
        export(Map.of("changedSince", "2026-03-14")).statusCode(401);
        given().when().get("/api/v1/certsearch/files").then().statusCode(401);
        given().when().get("/api/v1/certsearch/files/{date}", "2026-03-14").then().statusCode(401);
        given().when().post("/api/v1/certsearch/files/{date}", "2026-03-14").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse put(String clientId, boolean consented, String note) {
        Map<String, Object> body = note == null ? Map.of("consented", consented) : Map.of("consented", consented,
                "note", note);
        return given().contentType(ContentType.JSON).body(body).when().put(CONSENTS, clientId).then();
    }

    private static io.restassured.response.ValidatableResponse export(Map<String, String> query) {
        return given().queryParams(query).when().get("/api/v1/certsearch/export").then();
    }
}
