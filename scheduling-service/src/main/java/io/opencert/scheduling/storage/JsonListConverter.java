package io.opencert.scheduling.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * A short list kept as JSON in one text column: it is always read and written whole with its row and never
 * queried, and Hibernate Reactive maps plain text more reliably than json or array columns.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JavaType listType;

    protected JsonListConverter(Class<T> elementType) {
        this.listType = MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    @Override
    public String convertToDatabaseColumn(List<T> list) {
        try {
            return list == null ? null : MAPPER.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("list cannot be written as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, listType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column does not hold a JSON list: " + e.getOriginalMessage(), e);
        }
    }
}
