package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Objects;

/**
 * A typed reference to another record, {@code kind/slug} ({@code provision/us-crimea-control}),
 * where a field can name records of several kinds (see {@link Kinds}).
 *
 * <p>The record holding a reference checks its form and kind ({@link FieldRules#ref(Ref, String,
 * java.util.Set)}; see {@link TextValue} for why there); {@link #of(String, String)} checks at once.
 */
public final class Ref extends TextValue {
    private Ref(String text) {
        super(text);
    }

    /**
     * A checked reference.
     *
     * @throws IllegalArgumentException when the kind is not a word of lower-case letters or the slug not a slug
     */
    public static Ref of(String kind, String slug) {
        Objects.requireNonNull(kind, "kind");
        if (!kind.matches("[a-z]+")) throw new IllegalArgumentException("Illegal kind=\"" + kind + "\": use lower-case letters");
        FieldRules.slug(slug, "slug");
        return new Ref(kind + "/" + slug);
    }

    /** The text as given, for the record that holds it to check (see {@link TextValue}). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Ref unchecked(String text) {
        return new Ref(text);
    }

    /** The kind of record referred to ({@code provision}). */
    public String kind() {
        String text = toString();
        return text.substring(0, text.indexOf('/'));
    }

    /** The slug of the record referred to ({@code us-crimea-control}). */
    public String slug() {
        String text = toString();
        return text.substring(text.indexOf('/') + 1);
    }
}
