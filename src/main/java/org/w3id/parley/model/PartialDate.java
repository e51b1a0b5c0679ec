package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as Parley writes it, as precise as its source: a day ({@code 2025-04-30}), a month
 * ({@code 2025-04}) or a year ({@code 2025}), which covers the period from {@link #start()} to
 * {@link #end()}.
 *
 * <p>The record holding a date checks it ({@link FieldRules#date(PartialDate, String)}; see
 * {@link TextValue} for why there); {@link #of(String)} checks at once.
 */
public final class PartialDate extends TextValue {
    private PartialDate(String text) {
        super(text);
    }

    /**
     * A checked date.
     *
     * @throws IllegalArgumentException when the text is not a date of the years Parley accepts
     */
    public static PartialDate of(String text) {
        return new PartialDate(FieldRules.date(Objects.requireNonNull(text, "text"), "date"));
    }

    /** The text as given, for the record that holds it to check (see {@link TextValue}). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PartialDate unchecked(String text) {
        return new PartialDate(text);
    }

    /** The first day the date covers. */
    public LocalDate start() {
        return Dates.start(toString());
    }

    /** The last day the date covers: 2025 ends on 2025-12-31, 2025-02 on 2025-02-28. */
    public LocalDate end() {
        return Dates.end(toString());
    }
}
