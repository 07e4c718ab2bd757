package io.opencert.commons.openapi;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {
    enum SampleRule implements Rule {
        STAGE_ORDER(new RuleText("Stage order", "ISO/IEC 17021-1 9.3.1.2")),
        LEAD_AUDITOR_ONLY(new RuleText(403, "Only the lead auditor", "Workflow"));

        private final RuleText text;

        SampleRule(RuleText text) {
            this.text = text;
        }

        @Override
        public RuleText text() {
            return text;
        }
    }

    static class SampleProblems extends ProblemResponses {
        SampleProblems() {
            super(SampleRule.class);
        }
    }

    private final Operation change = OASFactory.createOperation()
            .security(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "cb-staff")))
            .responses(OASFactory.createAPIResponses().addAPIResponse("409",
                    OASFactory.createAPIResponse().description("The audit is not in its stage 2")));
    private final Operation publicRead = OASFactory.createOperation()
            .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));

    private OpenAPI document() {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/audits/{id}/complete", OASFactory.createPathItem().POST(change))
                .addPathItem("/api/v1/public/register", OASFactory.createPathItem().GET(publicRead)));
        new SampleProblems().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void aChangeOfANamedResourceByACallerCanBeInvalidUnauthorizedForbiddenMissingOrRefused() {
        document();

        assertThat(change.getResponses().getAPIResponses()).containsOnlyKeys("400", "401", "403", "404", "409");
        assertThat(change.getResponses().getAPIResponse("404").getRef()).isEqualTo("#/components/responses/NotFound");
        // the operation's own words stay, with the problem added
        assertThat(change.getResponses().getAPIResponse("409").getDescription()).isEqualTo("The audit is not in its stage 2");
        assertThat(change.getResponses().getAPIResponse("409").getContent().getMediaType("application/problem+json"))
                .isNotNull();
    }

    @Test
    void aPublicReadWithoutInputHasNoProblemAnswers() {
        document();

        assertThat(publicRead.getResponses().getAPIResponses()).containsOnlyKeys("200");
    }

    @Test
    void theProblemTypesOfEachStatusAreTheRulesOfThatStatus() {
        OpenAPI openAPI = document();

        assertThat(types(openAPI, "Refused")).containsExactly("https://opencert.io/problems/concurrent-change",
                "https://opencert.io/problems/conflict", "https://opencert.io/problems/stage-order");
        assertThat(types(openAPI, "Forbidden")).containsExactly("https://opencert.io/problems/forbidden",
                "https://opencert.io/problems/lead-auditor-only");
        assertThat(openAPI.getComponents().getResponses().get("Refused").getDescription())
                .contains("- `stage-order`: Stage order (ISO/IEC 17021-1 9.3.1.2)");
    }

    private static List<Object> types(OpenAPI openAPI, String response) {
        Schema schema = openAPI.getComponents().getResponses().get(response).getContent()
                .getMediaType("application/problem+json").getSchema();
        return schema.getAllOf().get(1).getProperties().get("type").getEnumeration();
    }
}
