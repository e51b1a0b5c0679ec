package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as Parley writes it, as precise as its source: a day ({@code 2025-04-30}), a month
 * ({@code 2025-04}) or a year ({@code 2025}), which covers the period from {@link #start()} to
 * {@link #end()}.
 *
 * <p>The records check their dates in their own constructors, in the order of their fields and
 * naming the field ({@link FieldRules#date(PartialDate, String)}), as they check every other field:
 * so JSON input and builders hand the text over unchecked, and the record refuses it there. A
 * date made in code with {@link #of(String)} is checked at once.
 */
public final class PartialDate {
    private final String text;

    private PartialDate(String text) {
        this.text = text;
    }

    /**
     * A checked date.
     *
     * @throws IllegalArgumentException when the text is not a date of the years Parley accepts
     */
    public static PartialDate of(String text) {
        return new PartialDate(FieldRules.date(Objects.requireNonNull(text, "text"), "date"));
    }

    /** The text as given, for the record that holds it to check (see the class comment). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PartialDate unchecked(String text) {
        return new PartialDate(text);
    }

    /** The first day the date covers. */
    public LocalDate start() {
        return Dates.start(text);
    }

    /** The last day the date covers: 2025 ends on 2025-12-31, 2025-02 on 2025-02-28. */
    public LocalDate end() {
        return Dates.end(text);
    }

    /** The date as written: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
