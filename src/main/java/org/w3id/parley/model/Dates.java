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

    /** The last day a (possibly partial) date covers. */
    public static LocalDate end(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> start(date).plusMonths(1).minusDays(1);
            default -> LocalDate.parse(date);
        };
    }

    /** The XSD datatype local name for a date of this precision: date, gYearMonth or gYear. */
    public static String xsdType(String date) {
        return switch (date.length()) {
            case 4 -> "gYear";
            case 7 -> "gYearMonth";
            default -> "date";
        };
    }
}
