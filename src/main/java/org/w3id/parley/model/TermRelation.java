package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * A curator's declared relation between two terms (options or provisions): they exclude each
 * other, one entails or refines the other, or they are compatible. Two terms with no declared
 * relation are of unknown compatibility, never conflicting by default. A declaration, not a
 * report: it has no provenance fields, and may stand in reference data or in a source's file.
 *
 * @param id       slug
 * @param from     the first term, {@code option/…} or {@code provision/…}
 * @param relation excludes (both cannot hold; symmetric), entails (accepting {@code from} accepts
 *                 {@code to}), refines ({@code from} is a narrower variant of {@code to}) or
 *                 compatible (both can hold together; symmetric)
 * @param to       the second term, {@code option/…} or {@code provision/…}; never {@code from}
 * @param label    an English name; generated from the terms' labels when absent
 * @param note     why the curator declares the relation (required)
 */
public record TermRelation(String id, Ref from, String relation, Ref to, String label, String note) {
    /** Validates every field. */
    public TermRelation {
        slug(id, "id");
        ref(from, "from", Kinds.TERMS);
        code(relation, "relation", RelationType.class);
        ref(to, "to", Kinds.TERMS);
        optional(label, "label");
        required(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<TermRelation> builder() { return new RecordBuilder<>(TermRelation.class); }
}
