package io.opencert.certificate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Panache query made of the equality filters a list request actually carries; absent filters match all. */
public final class QueryFilter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public QueryFilter equal(String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
        return this;
    }

    public String query() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
