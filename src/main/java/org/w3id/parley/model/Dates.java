package org.w3id.parley.model;

import java.time.LocalDate;

/** Dates as Parley writes them: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
public final class Dates {
    private Dates() {}

    /** The first day a (possibly partial) date covers. */
    public static LocalDate start(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> LocalDate.parse(date + "-01");
            default -> LocalDate.parse(date);
        };
    }

    /** The last day a (possibly partial) date covers: 2025 ends on 2025-12-31, 2025-02 on 2025-02-28. */
    public static LocalDate end(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }
}
