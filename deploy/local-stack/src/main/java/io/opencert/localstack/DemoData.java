package io.opencert.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data for the local run, entered through the services' own APIs with the demo users' tokens, as staff would:
 * the two auditors in the register, the organisations of the client users client-a and client-b (whose Keycloak
 * {@code client_id} then names them) and a quotation for the first one to accept. Running it again finds what exists.
 */
final class DemoData {
    record Organisation(String username, String legalName, String registrationNumber, String city, String country,
                        int persons, String scope) {
    }

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("client-a", "Alpha Managed Services GmbH", "HRB 100001", "Berlin", "DE", 12,
                    "Operation of managed IT services (service desk, hosting) for business customers"),
            new Organisation("client-b", "Beta Cloud Operations B.V.", "KVK 20000002", "Utrecht", "NL", 40,
                    "Delivery of SaaS collaboration services to public-sector customers"));

    private final Platform platform;

    private DemoData(Platform platform) {
        this.platform = platform;
    }

    /** Loads the demo data; the client organisation id of each demo client user. */
    static Map<String, String> load(Platform platform) {
        return new DemoData(platform).load();
    }

    private Map<String, String> load() {
        String admin = token("admin");
        for (String auditor : List.of("auditor1", "auditor2")) {
            boolean lead = auditor.equals("auditor1");
            HttpResponse<String> registered = post("scheduling-service", "/api/v1/auditors", admin, Map.of(
                    "username", auditor, "name", lead ? "Anna Auditor" : "Ben Auditor",
                    "standards", List.of("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015"), "leadAuditor", lead,
                    "email", auditor + "@demo.opencert.test"));
            if (registered.statusCode() == 201) {
                qualify(admin, read(registered).get("id").asText(), lead);
            }
        }
        String staff = token("staff");
        Map<String, String> organisations = new LinkedHashMap<>();
        for (Organisation o : ORGANISATIONS) {
            HttpResponse<String> registered = post("client-service", "/api/v1/clients", staff, Map.of(
                    "legalName", o.legalName(), "registrationNumber", o.registrationNumber(), "city", o.city(),
                    "country", o.country(), "persons", o.persons(), "scope", o.scope(),
                    "standards", List.of("ISO_IEC_20000_1_2018"),
                    // the demo mails arrive in this mailbox of the local mail server
                    "contacts", List.of(Map.of("name", "SMS manager of " + o.legalName(), "role", "SMS manager",
                            "email", o.username() + "@demo.opencert.test"))));
            String id = registered.statusCode() == 201 ? read(registered).get("id").asText() : existing(staff, o);
            platform.keycloak().setUserAttribute(o.username(), "client_id", id);
            organisations.put(o.username(), id);
            if (registered.statusCode() == 201 && o == ORGANISATIONS.getFirst()) {
                post("client-service", "/api/v1/quotations", staff, Map.of("clientId", id));
            }
        }
        return organisations;
    }

    private String existing(String staff, Organisation o) {
        HttpResponse<String> found = JsonHttp.send(request("client-service",
                "/api/v1/clients?name=" + URLEncoder.encode(o.legalName(), StandardCharsets.UTF_8), staff).GET().build());
        for (JsonNode client : read(found).get("items")) {
            if (o.registrationNumber().equals(client.get("registrationNumber").asText())) {
                return client.get("id").asText();
            }
        }
        throw new IllegalStateException("demo organisation " + o.legalName() + " is neither new nor found: " + found.body());
    }

    /** Posts as the given user; 409 means it exists from an earlier run. */
    /** The demo auditors' qualifications: the lead's to lead, each in technical areas of the default catalogue. */
    private void qualify(String admin, String auditorId, boolean lead) {
        for (String standard : List.of("ISO_IEC_20000_1_2018", "ISO_IEC_TR_20000_9_2015")) {
            post("scheduling-service", "/api/v1/auditors/" + auditorId + "/qualifications", admin, Map.of(
                    "standard", standard, "role", lead ? "LEAD_AUDITOR" : "AUDITOR",
                    "technicalAreas", lead ? List.of("IT-HOSTING", "IT-SERVICE-DESK", "IT-NETWORK")
                            : List.of("IT-CLOUD-IAAS", "IT-CLOUD-PAAS", "IT-CLOUD-SAAS", "IT-APPLICATION"),
                    "evidence", "Auditor training and examination record", "grantedOn", "2024-01-15",
                    "expiresOn", "2030-01-14"));
        }
    }

    private HttpResponse<String> post(String service, String path, String token, Map<String, Object> body) {
        HttpResponse<String> response = JsonHttp.send(request(service, path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.write(body))).build());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    private HttpRequest.Builder request(String service, String path, String token) {
        return HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token);
    }

    private String token(String user) {
        return platform.keycloak().passwordToken(user, user);
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JsonHttp.read(response.body());
    }
}
