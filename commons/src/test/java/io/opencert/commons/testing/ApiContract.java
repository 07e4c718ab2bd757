package io.opencert.commons.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's API contract: the OpenAPI document it serves, committed as {@code docs/api/<service>.json}. A change of
 * the API changes the document, and the check fails until the new document is reviewed and committed; {@code
 * -Dapi.contract.write=true} writes it instead.
 */
public final class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final String service;
    private final Path repository;

    private ApiContract(String service, Path repository) {
        this.service = service;
        this.repository = repository;
    }

    /** The contract of {@code service}; Maven runs a module's tests in the module's directory. */
    public static ApiContract of(String service) {
        return new ApiContract(service, Path.of("").toAbsolutePath().getParent());
    }

    public Path file() {
        return repository.resolve("docs/api").resolve(service + ".json");
    }

    /** The committed document, as maps and lists. */
    public Map<String, Object> document() {
        try {
            return JSON.readValue(file().toFile(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when {@code served}, the document the running service serves, is not the committed one. */
    public void verify(String served) {
        String expected = canonical(served);
        if (Boolean.getBoolean("api.contract.write")) {
            try {
                Files.createDirectories(file().getParent());
                Files.writeString(file(), expected, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String committed;
        try {
            committed = Files.exists(file()) ? Files.readString(file(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(committed)
                .as("the API of %s changed: review the difference to %s and commit it, written by ./mvnw -pl %s test "
                        + "-Dtest=ApiContractTest -Dapi.contract.write=true", service, repository.relativize(file()),
                        service)
                .isEqualTo(expected);
    }

    private static String canonical(String document) {
        try {
            Object tree = JSON.readValue(document, Object.class);
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the served OpenAPI document is not JSON", e);
        }
    }
}
