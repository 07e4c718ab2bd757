package io.opencert.commons.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bad requests for every operation of a service's committed OpenAPI document ({@link ApiContract}): each path, query
 * and header parameter in turn out of range, of the wrong type, overlong or with control characters, and request
 * bodies that are not JSON, of the wrong content type, or valid but for one field of the wrong type, too long or with
 * a NUL character. Every bad value is one that no rule accepts, so the requests change nothing. {@link #run()} sends
 * them as whoever the test is, and lists each answer that is a 5xx, or a 4xx that is not problem+json (an HTML page,
 * an operation whose answer is text/html only, may answer a person with an HTML page instead).
 */
public final class ApiFuzz {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> BAD_NUMBERS = List.of("-1", "99999999999999999999", "abc", "1e3", "");
    private static final List<String> BAD_TEXTS = List.of("\u0000", "x".repeat(1000), "\u202e\u0007", "2026-02-30");
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":{\"b\":[");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> document;
    private final List<Request> requests = new ArrayList<>();

    private ApiFuzz(Map<String, Object> document) {
        this.document = document;
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                generate(path, method, map(operation));
            }
        }));
    }

    /** The bad requests for the committed document of {@code service}. */
    public static ApiFuzz of(String service) {
        return new ApiFuzz(ApiContract.of(service).document());
    }

    public int size() {
        return requests.size();
    }

    /**
     * Sends every bad request; each failure reads "METHOD path (what): status content-type body". {@code statuses}
     * counts the answers by status.
     */
    public List<String> run(Map<Integer, Integer> statuses) {
        List<String> failures = new ArrayList<>();
        for (Request request : requests) {
            Response response = request.send();
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String type = String.valueOf(response.contentType());
            boolean explained = type.startsWith(PROBLEM_JSON) || (request.page && type.startsWith("text/html"));
            if (status >= 500 || (status >= 400 && !explained)) {
                String body = response.asString();
                failures.add(request + ": " + status + " " + type + " "
                        + body.substring(0, Math.min(body.length(), 300)));
            }
        }
        return failures;
    }

    private void generate(String template, String method, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        list(operation.get("parameters")).forEach(p -> parameters.add(resolve(map(p))));
        Map<String, String> pathValues = new LinkedHashMap<>();
        parameters.stream().filter(p -> "path".equals(p.get("in")))
                .forEach(p -> pathValues.put((String) p.get("name"), plainValue(schemaOf(p))));
        Map<String, Object> body = requestBody(operation);
        Map<String, Object> answers = map(map(map(operation.get("responses")).get("200")).get("content"));
        boolean page = !answers.isEmpty() && answers.keySet().stream().allMatch(type -> type.startsWith("text/html"));
        String jsonBody = body == null ? null : "{}";
        for (Map<String, Object> parameter : parameters) {
            String name = (String) parameter.get("name");
            for (String bad : badValues(schemaOf(parameter))) {
                Request request = new Request(method, template, new LinkedHashMap<>(pathValues), new LinkedHashMap<>(),
                        new LinkedHashMap<>(), jsonBody == null ? null : "application/json", jsonBody,
                        parameter.get("in") + " " + name + "=" + printable(bad), page);
                switch ((String) parameter.get("in")) {
                    case "path" -> request.path.put(name, bad);
                    case "query" -> request.query.put(name, bad);
                    case "header" -> request.headers.put(name, bad.replaceAll("[\\x00-\\x1f\\x7f]", "?"));
                    default -> {
                        continue;
                    }
                }
                requests.add(request);
            }
        }
        if (body == null) {
            return;
        }
        Map<String, Object> content = map(body.get("content"));
        for (String contentType : content.keySet()) {
            if (!contentType.contains("json")) {
                for (String bad : List.of("", "\u0000garbage")) {
                    requests.add(new Request(method, template, pathValues, Map.of(), Map.of(), contentType, bad,
                            contentType + " body " + printable(bad), page));
                }
                continue;
            }
            requests.add(new Request(method, template, pathValues, Map.of(), Map.of(), "text/plain", "{}",
                    "text/plain instead of " + contentType, page));
            for (String bad : BAD_BODIES) {
                requests.add(new Request(method, template, pathValues, Map.of(), Map.of(), contentType, bad,
                        "body " + bad, page));
            }
            Map<String, Object> schema = resolve(map(map(content.get(contentType)).get("schema")));
            Map<String, Object> valid = objectValue(schema, 0);
            if (valid == null) {
                continue;
            }
            mutations(schema, valid, "", 0).forEach((what, mutated) -> requests.add(new Request(method, template,
                    pathValues, Map.of(), Map.of(), contentType, json(mutated), what, page)));
        }
    }

    /**
     * The object {@code valid} of {@code schema} with one field at a time bad, down into nested objects and the
     * first element of lists of objects; keyed by what is bad.
     */
    private Map<String, Object> mutations(Map<String, Object> schema, Map<String, Object> valid, String prefix,
                                          int depth) {
        Map<String, Object> mutations = new LinkedHashMap<>();
        for (String field : valid.keySet()) {
            Map<String, Object> fieldSchema = resolve(map(properties(schema).get(field)));
            for (Object bad : badJson(fieldSchema)) {
                Map<String, Object> mutated = new LinkedHashMap<>(valid);
                mutated.put(field, bad);
                mutations.put("field " + prefix + field + "=" + printable(String.valueOf(bad)), mutated);
            }
            if (depth >= 2) {
                continue;
            }
            Object inner = valid.get(field);
            boolean list = inner instanceof List<?> elements && !elements.isEmpty();
            Map<String, Object> element = map(list ? ((List<?>) inner).getFirst() : inner);
            Map<String, Object> elementSchema = list ? resolve(map(fieldSchema.get("items"))) : fieldSchema;
            if (element.isEmpty()) {
                continue;
            }
            mutations(elementSchema, element, prefix + field + (list ? "[0]." : "."), depth + 1).forEach((what, bad) -> {
                Map<String, Object> mutated = new LinkedHashMap<>(valid);
                mutated.put(field, list ? List.of(bad) : bad);
                mutations.put(what, mutated);
            });
        }
        return mutations;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> requestBody(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        return body == null ? null : resolve(map(body));
    }

    private Map<String, Object> schemaOf(Map<String, Object> parameter) {
        return resolve(map(parameter.get("schema")));
    }

    private static List<String> badValues(Map<String, Object> schema) {
        return types(schema).contains("integer") || types(schema).contains("number") ? BAD_NUMBERS : BAD_TEXTS;
    }

    /** Values the field's type never accepts: another type, a text past every cap, a NUL, an impossible value. */
    private List<Object> badJson(Map<String, Object> schema) {
        List<String> types = types(schema);
        if (types.contains("integer") || types.contains("number")) {
            return List.of("abc", "1e400", List.of(1));
        }
        if (types.contains("boolean")) {
            return List.of("maybe", Map.of());
        }
        if (types.contains("array")) {
            return List.of("x", Map.of("a", 1));
        }
        if (types.contains("object")) {
            return List.of("x", List.of("x"));
        }
        List<Object> bad = new ArrayList<>(List.of(Map.of("a", 1), List.of("x"), "x".repeat(100_001), "a\u0000b"));
        if (schema.containsKey("enum")) {
            bad.add("NOT_A_VALUE");
        }
        String format = String.valueOf(schema.get("format"));
        if (List.of("date", "date-time", "uuid", "email", "uri").contains(format)) {
            bad.add("2026-02-30 not-a-" + format);
        }
        return bad;
    }

    /** A value of the schema's type that parses, for the fields that are not the one under test. */
    private Object value(Map<String, Object> schema, int depth) {
        if (schema.containsKey("enum")) {
            return list(schema.get("enum")).getFirst();
        }
        List<String> types = types(schema);
        if (types.contains("object") || properties(schema).size() > 0) {
            return depth > 4 ? Map.of() : objectValue(schema, depth + 1);
        }
        if (types.contains("array")) {
            Object items = schema.get("items");
            return depth > 4 || items == null ? List.of() : List.of(value(resolve(map(items)), depth + 1));
        }
        if (types.contains("integer") || types.contains("number")) {
            return 1;
        }
        if (types.contains("boolean")) {
            return true;
        }
        return plainValue(schema);
    }

    private Map<String, Object> objectValue(Map<String, Object> schema, int depth) {
        Map<String, Object> properties = properties(schema);
        if (properties.isEmpty()) {
            return null;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        properties.forEach((name, property) -> value.put(name, value(resolve(map(property)), depth)));
        return value;
    }

    private static String plainValue(Map<String, Object> schema) {
        return switch (String.valueOf(schema.get("format"))) {
            case "uuid" -> UUID.nameUUIDFromBytes(new byte[]{1}).toString();
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            case "int32", "int64" -> "1";
            default -> types(schema).contains("integer") ? "1" : "x";
        };
    }

    private Map<String, Object> properties(Map<String, Object> schema) {
        Map<String, Object> properties = new LinkedHashMap<>(map(schema.get("properties")));
        list(schema.get("allOf")).forEach(part -> properties.putAll(properties(resolve(map(part)))));
        return properties;
    }

    /** The schema or object behind a {@code $ref}; the first alternative of a {@code oneOf} or {@code anyOf}. */
    private Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref instanceof String pointer && pointer.startsWith("#/")) {
            Object target = document;
            for (String part : pointer.substring(2).split("/")) {
                target = map(target).get(part);
            }
            return resolve(map(target));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            List<Object> options = list(node.get(alternatives));
            if (!options.isEmpty()) {
                return resolve(map(options.getFirst()));
            }
        }
        return node;
    }

    private static List<String> types(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            return List.of(single);
        }
        return list(type).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static String printable(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        return shown.replaceAll("[\\x00-\\x1f\\x7f\\u202e]", "\\\\u");
    }

    /** One bad request; path and query values are sent percent-encoded as they are. */
    private record Request(String method, String template, Map<String, String> path, Map<String, String> query,
                           Map<String, String> headers, String contentType, String body, String what, boolean page) {
        Response send() {
            String uri = template;
            for (Map.Entry<String, String> value : path.entrySet()) {
                uri = uri.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            StringBuilder url = new StringBuilder(uri);
            char separator = '?';
            for (Map.Entry<String, String> value : query.entrySet()) {
                url.append(separator).append(encode(value.getKey())).append('=').append(encode(value.getValue()));
                separator = '&';
            }
            RequestSpecification request = RestAssured.given().urlEncodingEnabled(false).headers(headers);
            if (contentType != null) {
                request.contentType(contentType);
                if (contentType.startsWith("application/x-www-form-urlencoded")) {
                    request.body(body); // REST Assured encodes a form from text only
                } else {
                    request.body(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            return request.request(method.toUpperCase(), url.toString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template + " (" + what + ")";
        }
    }
}
