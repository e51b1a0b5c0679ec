package org.w3id.parley.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One result row: variable → value as text (an IRI, or a literal's lexical form), in the
 * query's variable order; unbound variables are absent.
 *
 * @param values the bound values
 */
public record Row(Map<String, String> values) {
    /** Copies the map, keeping its order. */
    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a variable, or null when unbound. */
    public String get(String variable) {
        return values.get(variable);
    }

    /** The values in variable order (nulls for unbound variables). */
    public List<String> in(List<String> variables) {
        return variables.stream().map(values::get).toList();
    }
}
