package io.opencert.client;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests the tests share; the caller's identity comes from the test's {@code @TestSecurity}. */
public final class Fixtures {
    /** The organisations (test fixtures in db/fixtures) of the realm's client users client-a and client-b. */
    public static final String CLIENT_A = "c1a00000-0000-4000-8000-000000000001";
    public static final String CLIENT_B = "c1b00000-0000-4000-8000-000000000002";

    public static Map<String, Object> registration(String legalName, int persons) {
        return Map.of(
                "legalName", legalName,
                "registrationNumber", "HRB " + UUID.randomUUID(),
                "city", "Hamburg",
                "country", "DE",
                "persons", persons,
                "scope", "Operation of data centre and service desk services",
                "standards", List.of("ISO_IEC_20000_1_2018"));
    }

    /** Registers a client (as cb-staff or cb-admin); its id. */
    public static String registerClient(String legalName, int persons) {
        return given().contentType(ContentType.JSON).body(registration(legalName, persons))
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Issues a quotation (as cb-staff); its id. */
    public static String issueQuotation(String clientId, int validDays) {
        return given().contentType(ContentType.JSON).body(Map.of("clientId", clientId, "validDays", validDays))
                .when().post("/api/v1/quotations")
                .then().statusCode(201)
                .extract().path("id");
    }

    private Fixtures() {
    }
}
