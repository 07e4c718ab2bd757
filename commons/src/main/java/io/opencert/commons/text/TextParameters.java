package io.opencert.commons.text;

import io.opencert.commons.problem.InvalidInput;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/** The query and path parameters of every request are one line each: a control character in one is refused with 400. */
public class TextParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(ControlCharacters::inLine)) {
                throw new InvalidInput(parameter.getKey(), ControlCharacters.SINGLE_LINE_MESSAGE);
            }
        }
    }
}
