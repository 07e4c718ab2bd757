package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL, Kafka and Keycloak started through {@link Platform} once for the class (Keycloak is slow), with the
 * realm file of the repository: proves the realm (audience, roles, client_id claim, declarative user profile).
 */
class PlatformInfrastructureTest {

    static Platform platform;
    static Path root;

    @BeforeAll
    static void start() {
        root = LocalPlatform.repoRoot();
        platform = Platform.start(Platform.Options.forTests(root)
                .realmFile(root.resolve("deploy/keycloak/certification-realm.json"))
                .infrastructureOnly()
                .progress(System.out));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            System.out.println("start-up times " + platform.startupTimes() + ", RSS MiB " + platform.rssMb());
            platform.close();
        }
    }

    @Test
    void oneDatabasePerServiceAndAllTopics() throws Exception {
        Set<String> dbs = new TreeSet<>();
        try (Connection c = platform.postgres().connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                dbs.add(rs.getString(1));
            }
        }
        assertTrue(dbs.containsAll(List.of("client", "scheduling", "audit", "certificate")), dbs.toString());
        assertTrue(platform.kafka().topics().containsAll(List.of(
                "cb.client-events", "cb.scheduling-events", "cb.audit-events", "cb.certificate-events",
                "cb.client-events.dlq", "cb.scheduling-events.dlq", "cb.audit-events.dlq", "cb.certificate-events.dlq")));
    }

    @Test
    void servicesGetTheConventionalEnvironment() {
        Map<String, String> env = platform.serviceEnvironment("certificate-service");
        assertEquals(platform.postgres().reactiveUrl("certificate"), env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals(platform.postgres().jdbcUrl("certificate"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("postgres", env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals(platform.kafka().bootstrapServers(), env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals(platform.keycloak().issuerUrl(), env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("cb-api", env.get("QUARKUS_OIDC_CLIENT_ID"));
        assertFalse(env.containsKey("QUARKUS_OIDC_CREDENTIALS_SECRET"), "the services verify tokens without a secret");
        assertFalse(env.containsKey("QUARKUS_FLYWAY_LOCATIONS"), "no demo data in tests: the services' default");
        assertEquals("true", env.get("CB_CLOCK_ADJUSTABLE"));
    }

    @Test
    void clientUserTokenCarriesAudienceRoleAndClientId() {
        JsonNode claims = claimsOf("client-a");
        assertTrue(audience(claims).contains("cb-api"), claims.toString());
        assertEquals(List.of("client"), roles(claims));
        assertEquals("c1a00000-0000-4000-8000-000000000001", claims.path("client_id").asText(null), claims.toString());
        assertEquals("c1b00000-0000-4000-8000-000000000002", claimsOf("client-b").path("client_id").asText(null));
        assertEquals(platform.keycloak().issuerUrl(), claims.path("iss").asText());
    }

    @Test
    void staffAndAuditorTokensCarryTheirRolesAndNoClientId() {
        JsonNode staff = claimsOf("staff");
        assertTrue(audience(staff).contains("cb-api"), staff.toString());
        assertTrue(roles(staff).contains("cb-staff"), staff.toString());
        assertFalse(staff.has("client_id"), staff.toString());

        JsonNode auditor1 = claimsOf("auditor1");
        assertTrue(roles(auditor1).containsAll(List.of("auditor", "decision-maker")), auditor1.toString());
        assertEquals(List.of("auditor"), roles(claimsOf("auditor2")));
        assertEquals(List.of("decision-maker"), roles(claimsOf("decider")));
        assertEquals(List.of("cb-admin"), roles(claimsOf("admin")));
    }

    @Test
    void wrongPasswordIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> platform.keycloak().passwordToken("staff", "wrong"));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void aNewClientLoginGetsItsClientIdClaim() {
        String id = platform.keycloak().createClientUser("client-new", "S3cret-pw", "c1c00000-0000-4000-8000-000000000003");
        assertFalse(id.isBlank());
        JsonNode claims = KeycloakServer.decodeJwtPayload(platform.keycloak().passwordToken("client-new", "S3cret-pw"));
        assertEquals("c1c00000-0000-4000-8000-000000000003", claims.path("client_id").asText(null), claims.toString());
        assertTrue(roles(claims).contains("client"), claims.toString());
        assertTrue(audience(claims).contains("cb-api"), claims.toString());
    }

    @Test
    void clientIdIsAManagedAttributeThatMustBeAUuid() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> platform.keycloak().createClientUser("client-bad", "S3cret-pw", "not-a-uuid"));
        assertTrue(e.getMessage().contains("400"), e.getMessage());
    }

    @Test
    void appsLogInWithACodeAndPkceAndOnlyAuditorsKeepOfflineTokens() {
        JsonNode auditor = platform.keycloak().appLogin("auditor2", "auditor2", "openid offline_access");
        JsonNode access = KeycloakServer.decodeJwtPayload(auditor.get("access_token").asText());
        assertTrue(audience(access).contains("cb-api"), access.toString());
        assertEquals(KeycloakServer.APP_CLIENT_ID, access.path("azp").asText());
        assertEquals("Offline", KeycloakServer.decodeJwtPayload(auditor.get("refresh_token").asText()).path("typ").asText());

        JsonNode staff = KeycloakServer.decodeJwtPayload(
                platform.keycloak().appLogin("staff", "staff", "openid").get("access_token").asText());
        assertTrue(roles(staff).contains("cb-staff"), staff.toString());
        assertFalse(staff.path("realm_access").path("roles").toString().contains("offline_access"),
                "offline access is no default role: " + staff);
        assertTrue(tokenRequest(platform.keycloak().issuerUrl(), Map.of("grant_type", "password",
                "client_id", KeycloakServer.APP_CLIENT_ID, "username", "staff", "password", "staff"))
                .contains("unauthorized_client"), "the apps' client has no password grant");
    }

    /** The body of a token request, whatever its status. */
    static String tokenRequest(String issuer, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return JsonHttp.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).body();
    }

    private static JsonNode claimsOf(String user) {
        return KeycloakServer.decodeJwtPayload(platform.keycloak().passwordToken(user, user));
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> out = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> out.add(a.asText()));
        } else if (aud.isTextual()) {
            out.add(aud.asText());
        }
        return out;
    }

    private static List<String> roles(JsonNode claims) {
        List<String> out = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> out.add(r.asText()));
        out.removeIf(r -> r.equals("offline_access") || r.equals("uma_authorization") || r.startsWith("default-roles-"));
        return out;
    }
}
