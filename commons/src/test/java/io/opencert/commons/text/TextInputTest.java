package io.opencert.commons.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.ProblemMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextInputTest {
    private final ObjectMapper json = new ObjectMapper();

    TextInputTest() {
        new TextInput().customize(json);
    }

    record Site(String name, String city) {
    }

    record Request(String evidence, List<Site> sites, List<String> services, Map<UUID, String> scopes) {
    }

    @Test
    void readsTextWithLineBreaksTabsAndEveryScript() throws Exception {
        Request request = json.readValue("""
                {"evidence": "Line one\\r\\n\\tLine two", "sites": [{"name": "Łódź", "city": "Αθήνα"}],
                 "services": ["Service desk"], "scopes": {"%s": "Hosting"}}""".formatted(UUID.randomUUID()), Request.class);

        assertThat(request.evidence()).isEqualTo("Line one\r\n\tLine two");
        assertThat(request.sites().getFirst().name()).isEqualTo("Łódź");
    }

    @Test
    void refusesANulInAFieldOfANestedList() {
        Response response = refusal("""
                {"sites": [{"name": "Data centre", "city": "Graz"}, {"name": "Head\\u0000office"}]}""");

        assertThat(response.getStatus()).isEqualTo(400);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type().toString()).isEqualTo("https://opencert.io/problems/invalid-input");
        assertThat(problem.violations()).containsExactly(
                new Problem.Violation("sites[1].name", "must not contain control characters such as NUL"));
    }

    @Test
    void refusesControlCharactersInListsAndMapValuesToo() {
        assertThat(((Problem) refusal("""
                {"services": ["Hosting", "Desk\\u001b[2J"]}""").getEntity()).violations())
                .extracting(Problem.Violation::field).containsExactly("services[1]");
        assertThat(((Problem) refusal("""
                {"scopes": {"%s": "Hosting\\u0007"}}""".formatted(UUID.randomUUID())).getEntity()).violations())
                .extracting(Problem.Violation::field).singleElement().asString().startsWith("scopes.");
    }

    private Response refusal(String body) {
        ControlCharactersRefused refused = catchThrowableOfType(ControlCharactersRefused.class,
                () -> json.readValue(body, Request.class));
        return new ProblemMapper().controlCharacters(refused, null);
    }
}
