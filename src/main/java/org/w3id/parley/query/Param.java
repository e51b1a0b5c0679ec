package org.w3id.parley.query;

import java.util.Objects;
import java.util.Set;

/**
 * A catalog query's parameter, declared in its header as
 * {@code #+   - NAME TYPE [= DEFAULT] : description}; it binds the variable {@code ?NAME}.
 *
 * @param name         variable name without '?'
 * @param type         an entity kind (party, region, …), or date, string, integer, position, basis
 * @param defaultValue the default, or null when the parameter is optional or required
 * @param required     true when the query cannot run without it
 * @param description  what it means
 */
public record Param(String name, String type, String defaultValue, boolean required, String description) {
    /** Types whose values are Parley entities, given as a slug or a full IRI. */
    public static final Set<String> ENTITY_TYPES = Set.of("party", "person", "region", "place", "issue", "option",
            "proposal", "provision", "stance", "event", "claim", "source");
    /** Types whose values are literals or vocabulary codes. */
    public static final Set<String> VALUE_TYPES = Set.of("date", "string", "integer", "position", "basis");

    /** Validates the declaration. */
    public Param {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("Illegal parameter name=" + name);
        if (!ENTITY_TYPES.contains(type) && !VALUE_TYPES.contains(type))
            throw new IllegalArgumentException("Illegal type=" + type + " for parameter " + name + ": use one of "
                    + new java.util.TreeSet<>(ENTITY_TYPES) + " or " + new java.util.TreeSet<>(VALUE_TYPES));
        description = description == null ? "" : description;
    }
}
