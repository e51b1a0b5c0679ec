package org.w3id.parley.query;

import org.w3id.parley.model.Code;
import org.w3id.parley.model.PartyType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog query's parameter, declared in its header as
 * {@code #+   - NAME TYPE [= DEFAULT | (required)] : description}; it binds the variable {@code ?NAME}.
 *
 * <p>The type {@code code(a|b|…)} takes exactly one of the listed values, bound as a plain
 * literal; anything else is rejected with the list. The type {@code eventcode} takes a CAMEO code
 * or PLOVER category that the store's alignments hold, bound as a plain literal.
 *
 * <p>Entity types take a slug ({@code crimea}), a typed reference ({@code region/crimea}) or a
 * full IRI. The type {@code target} stands for what a stance can target (a proposal, a provision
 * or an option) and therefore takes a typed reference ({@code provision/us-crimea-control}) or an
 * IRI, never a bare slug.
 *
 * @param name         variable name without '?'
 * @param type         an entity kind (party, region, …, or target), or date, string, integer, position, basis,
 *                     eventcode, or {@code code(VALUE|VALUE|…)}
 * @param defaultValue the default, or null when the parameter is optional or required
 * @param required     true when the query cannot run without it
 * @param description  what it means
 */
public record Param(String name, String type, String defaultValue, boolean required, String description) {
    /** Types whose values are Parley entities, given as a slug, a kind/slug reference or a full IRI. */
    public static final Set<String> ENTITY_TYPES = Set.of("party", "person", "region", "place", "issue", "option",
            "proposal", "provision", "stance", "event", "claim", "source", "target");
    /** Types whose values are literals or vocabulary codes. */
    public static final Set<String> VALUE_TYPES = Set.of("date", "string", "integer", "position", "basis", "eventcode");
    /** A closed set of text values: {@code code(planned|held)}; values are separated by '|' and may contain spaces. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("code\\(([^()|]+(?:\\|[^()|]+)*)\\)");

    /** The entity kinds (as in IRIs {@code …/id/{kind}/{slug}}) a parameter of each entity type accepts. */
    static final Map<String, List<String>> KINDS = Map.ofEntries(
            Map.entry("party", List.of("party")), Map.entry("person", List.of("person")),
            Map.entry("region", List.of("region")), Map.entry("place", List.of("place", "region")),
            Map.entry("issue", List.of("issue")), Map.entry("option", List.of("option")),
            Map.entry("proposal", List.of("proposal")), Map.entry("provision", List.of("provision")),
            Map.entry("stance", List.of("stance")), Map.entry("event", List.of("event")),
            Map.entry("claim", List.of("claim")), Map.entry("source", List.of("source")),
            Map.entry("target", List.of("proposal", "provision", "option")));

    /** The ontology classes (local names) an entity of each type must have, one of them. */
    static final Map<String, List<String>> CLASSES = Map.ofEntries(
            Map.entry("party", partyClasses()),
            Map.entry("person", List.of("Person")), Map.entry("region", List.of("Region")),
            Map.entry("place", List.of("Place", "Region")), Map.entry("issue", List.of("Issue")),
            Map.entry("option", List.of("Option")), Map.entry("proposal", List.of("Proposal")),
            Map.entry("provision", List.of("Provision")), Map.entry("stance", List.of("Stance")),
            Map.entry("event", List.of("Event")), Map.entry("claim", List.of("ControlClaim")),
            Map.entry("source", List.of("Source")), Map.entry("target", List.of("Proposal", "Provision", "Option")));

    /** A party is typed with the class of its {@link PartyType}; parley:Party itself is accepted too. */
    private static List<String> partyClasses() {
        List<String> classes = new java.util.ArrayList<>();
        for (PartyType t : PartyType.values()) classes.add(t.term().substring(Code.NS.length()));
        classes.add("Party");
        return List.copyOf(classes);
    }

    /** Validates the declaration. */
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("Illegal parameter name=" + name);
        if (!ENTITY_TYPES.contains(type) && !VALUE_TYPES.contains(type) && !CODE.matcher(type).matches())
            throw new IllegalArgumentException("Illegal type=" + type + " for parameter " + name + ": use one of "
                    + new TreeSet<>(ENTITY_TYPES) + ", " + new TreeSet<>(VALUE_TYPES) + " or code(VALUE|VALUE|…)");
        if (required && defaultValue != null)
            throw new IllegalArgumentException("Illegal parameter " + name + ": a required parameter has no default");
        description = description == null ? "" : description;
        if (defaultValue != null && CODE.matcher(type).matches() && !codes(type).contains(defaultValue))
            throw new IllegalArgumentException("Illegal default=" + defaultValue + " for parameter " + name + ": use one of " + codes(type));
    }

    /** The allowed values of a {@code code(…)} parameter, in declaration order; empty for other types. */
    public List<String> values() {
        return codes(type);
    }

    private static List<String> codes(String type) {
        var m = CODE.matcher(type);
        if (!m.matches()) return List.of();
        return java.util.Arrays.stream(m.group(1).split("\\|")).map(String::strip).toList();
    }

    /** True for parameters whose values are Parley entities. */
    public boolean isEntity() {
        return ENTITY_TYPES.contains(type);
    }

    /** How the parameter is used, for listings: {@code (required)}, {@code = DEFAULT} or {@code (optional)}. */
    public String usage() {
        return required ? "(required)" : defaultValue != null ? "= " + defaultValue : "(optional)";
    }
}
