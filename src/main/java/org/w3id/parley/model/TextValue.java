package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value of the model written as text in the input ({@link PartialDate}, {@link Ref}, {@link Slug}): equal by
 * its text, written back as it.
 *
 * <p>Jackson and the builders make these values from the text unchecked, and the record that
 * holds one checks it in its constructor, in the order of its fields and naming the field, as it
 * checks every other field: so an error in the input is reported as it would be for a string,
 * first problem first. Values made in code through the subclasses' factories are checked at once.
 */
public abstract sealed class TextValue permits PartialDate, Ref, Slug {
    private final String text;

    TextValue(String text) {
        this.text = text;
    }

    /** The value as written in the input. */
    @JsonValue
    @Override
    public final String toString() {
        return text;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((TextValue) o).text.equals(text);
    }

    @Override
    public final int hashCode() {
        return text.hashCode();
    }

    /**
     * The value of a field of that type for a value given in code: a text becomes a date or a
     * reference unchecked, as Jackson makes it from the input; anything else is returned as it is.
     */
    static Object from(Class<?> type, Object value) {
        if (!(value instanceof String text)) return value;
        if (type == PartialDate.class) return PartialDate.unchecked(text);
        if (type == Ref.class) return Ref.unchecked(text);
        if (type == Slug.class) return Slug.unchecked(text);
        return text;
    }
}
