package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm template, imported at start-up as the Keycloak operator's KeycloakRealmImport does. It
 * requires HTTPS from everyone; the copy imported here asks it only of other machines, as the test speaks plain HTTP on
 * the loopback address.
 */
class ProductionRealmTest {
    static final Path TEMPLATE = LocalPlatform.repoRoot().resolve("deploy/kubernetes/opencert/files/production-realm.json");
    static KeycloakServer keycloak;
    static Path runDir;

    @BeforeAll
    static void start() throws Exception {
        runDir = Files.createTempDirectory("production-realm");
        ObjectNode realm = (ObjectNode) JsonHttp.read(Files.readString(TEMPLATE));
        assertEquals("all", realm.path("sslRequired").asText());
        Path overLoopback = runDir.resolve("production-realm-over-loopback.json");
        Files.writeString(overLoopback, realm.put("sslRequired", "external").toString());
        keycloak = KeycloakServer.start(0, overLoopback, runDir.resolve("keycloak"));
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        Files2.deleteRecursively(runDir);
    }

    @Test
    void noUsersNoPasswordGrantAndBruteForceProtectionOn() throws Exception {
        assertFalse(JsonHttp.read(Files.readString(TEMPLATE)).has("users"), "no users in the template");
        String admin = "Bearer " + keycloak.adminToken();
        String realm = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
        JsonNode settings = JsonHttp.read(get(realm, admin));
        assertTrue(settings.path("bruteForceProtected").asBoolean());
        assertEquals("[]", get(realm + "/users", admin));

        assertTrue(get(realm + "/roles/auditor/composites", admin).contains("offline_access"),
                "auditors keep offline tokens for work without a network");
        for (String client : List.of(KeycloakServer.APP_CLIENT_ID, KeycloakServer.API_CLIENT_ID)) {
            JsonNode clients = JsonHttp.read(get(realm + "/clients?clientId=" + client, admin));
            assertFalse(clients.get(0).path("directAccessGrantsEnabled").asBoolean(), client + " has no password grant");
            assertFalse(PlatformInfrastructureTest.tokenRequest(keycloak.issuerUrl(), Map.of("grant_type", "password",
                    "client_id", client, "username", "staff", "password", "staff")).contains("access_token"), client);
        }
    }

    private static String get(String url, String authorization) {
        HttpResponse<String> response = JsonHttp.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization).GET().build());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response.body();
    }
}
