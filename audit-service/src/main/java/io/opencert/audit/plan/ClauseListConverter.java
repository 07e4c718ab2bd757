package io.opencert.audit.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Clause numbers in one column, separated by spaces (a clause number never contains one). */
@Converter
public class ClauseListConverter implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> clauses) {
        return String.join(" ", clauses);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(" "));
    }
}
