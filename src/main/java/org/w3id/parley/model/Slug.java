package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A reference to another record where the field says its kind ({@code holder} names a party,
 * {@code statedAt} an event): the other record's slug alone ({@code ukraine}). Where a field can
 * name records of several kinds, the reference carries its kind, as a {@link Ref}.
 *
 * <p>A record's own {@code id} stays a {@code String}: it names the record rather than refers to
 * another, and it is what the references point to, so it has no kind to imply and nothing to resolve.
 *
 * <p>The record holding a reference checks its form ({@link FieldRules#slug(Slug, String)}; see
 * {@link TextValue} for why there); {@link #of(String)} checks at once.
 */
public final class Slug extends TextValue {
    private Slug(String text) {
        super(text);
    }

    /**
     * A checked reference.
     *
     * @throws IllegalArgumentException when the text is not a slug
     */
    public static Slug of(String text) {
        return new Slug(FieldRules.slug(text, "slug"));
    }

    /** The text as given, for the record that holds it to check (see {@link TextValue}). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Slug unchecked(String text) {
        return new Slug(text);
    }

    /** Whether this is the reference to the record of that ID. */
    public boolean is(String id) {
        return toString().equals(id);
    }
}
