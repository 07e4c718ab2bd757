package io.opencert.commons.openapi;

import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.Rule;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes into a service's OpenAPI document, at build time, the problem+json answers each operation can give: 400 to
 * any operation that takes input, 401 and 403 to any that needs a caller, 404 to any that names a resource, and 409
 * to any that changes something. The problem types a rule refuses with come from the service's rule enum (the same
 * that generates {@code docs/rules/}), so the document lists exactly the rules the service enforces. A service
 * subclasses this with its enum and {@code @OpenApiFilter(stages = RunStage.BUILD)}.
 */
public abstract class ProblemResponses implements OASFilter {
    static final String PROBLEM = "Problem";
    static final String INVALID_INPUT = "InvalidInput";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String REFUSED = "Refused";
    private static final List<PathItem.HttpMethod> CHANGING = List.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private final List<Rule> rules;

    protected <R extends Enum<R> & Rule> ProblemResponses(Class<R> rules) {
        this.rules = Arrays.asList(rules.getEnumConstants());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addResponse(INVALID_INPUT, response("The request is invalid: a parameter or field is missing, "
                + "malformed, out of range, too long or holds control characters (`invalid-input`, `malformed-json`)"
                + ruleList(400), 400, "invalid-input", "malformed-json"));
        components.addResponse(UNAUTHORIZED, response("No valid bearer token (`unauthorized`).", 401, "unauthorized"));
        components.addResponse(FORBIDDEN, response("The caller's role does not allow this (`forbidden`)" + ruleList(403),
                403, "forbidden"));
        components.addResponse(NOT_FOUND, response("No such resource, or none the caller may see (`not-found`).", 404,
                "not-found"));
        components.addResponse(REFUSED, response("Refused by a rule of the service, or the resource was changed by "
                + "someone else meanwhile (`concurrent-change`, `conflict`)" + ruleList(409), 409, "concurrent-change",
                "conflict"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                addProblems(components, path, method, operation)));
    }

    private static void addProblems(Components components, String path, PathItem.HttpMethod method,
                                    Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean namesResource = path.contains("{");
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty()) || namesResource;
        if (takesInput) {
            add(components, responses, "400", INVALID_INPUT);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(components, responses, "401", UNAUTHORIZED);
            add(components, responses, "403", FORBIDDEN);
        }
        if (namesResource) {
            add(components, responses, "404", NOT_FOUND);
        }
        if (CHANGING.contains(method)) {
            add(components, responses, "409", REFUSED);
        }
    }

    /** The shared answer, or, where the operation describes this status itself, its description with the problem. */
    private static void add(Components components, APIResponses responses, String status, String name) {
        APIResponse own = responses.getAPIResponse(status);
        if (own == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        } else if (own.getContent() == null) {
            own.content(components.getResponses().get(name).getContent());
        }
    }

    private String ruleList(int status) {
        List<Rule> refusing = rules.stream().filter(r -> r.status() == status).toList();
        if (refusing.isEmpty()) {
            return ".";
        }
        return ". The rules that refuse with " + status + ":\n\n" + refusing.stream()
                .map(r -> "- `" + r.slug() + "`: " + r.title() + " (" + r.source() + ")")
                .collect(Collectors.joining("\n"));
    }

    private APIResponse response(String description, int status, String... generalTypes) {
        Schema type = OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri");
        Arrays.stream(generalTypes).forEach(slug -> type.addEnumeration(Problem.type(slug).toString()));
        rules.stream().filter(r -> r.status() == status)
                .forEach(r -> type.addEnumeration(Problem.type(r.slug()).toString()));
        Schema schema = OASFactory.createSchema()
                .allOf(List.of(OASFactory.createSchema().ref(PROBLEM),
                        OASFactory.createSchema().addProperty("type", type).addProperty("status",
                                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).constValue(status))));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(schema)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; `type` names the rule or the kind of error, `violations` "
                        + "the rejected fields of a bad request.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .required(List.of("type", "title", "status"));
    }
}
