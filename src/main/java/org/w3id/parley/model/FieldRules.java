package org.w3id.parley.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one field of one record (required, slug, code, date, reference form …), shared by
 * the records' compact constructors; each failure names the field and the rule. Rules that span
 * records and files are {@link org.w3id.parley.json.CrossRecordRules}; the SHACL shapes of the
 * mapped graph are {@link org.w3id.parley.validate.ShapeValidator}.
 */
public final class FieldRules {
    private FieldRules() {}

    /** The form of every record ID: lower-case words joined by single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A Wikidata item ID. */
    public static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    private static final Pattern REF = Pattern.compile("([a-z]+)/([a-z0-9]+(-[a-z0-9]+)*)");

    /** Requires a non-blank string. */
    public static String required(String value, String field) {
        if (value == null) throw new IllegalArgumentException("'" + field + "' is required");
        if (value.isBlank()) throw new IllegalArgumentException("'" + field + "' must not be blank");
        return value;
    }

    /** Requires a value that is not null. */
    public static <T> T required(T value, String field) {
        if (value == null) throw new IllegalArgumentException("'" + field + "' is required");
        return value;
    }

    /** An optional string: null stays null, but a blank string is an error. */
    public static String optional(String value, String field) {
        if (value != null && value.isBlank()) throw new IllegalArgumentException("'" + field + "' must not be blank; omit it instead");
        return value;
    }

    /** Requires a slug (see {@link #SLUG}). */
    public static String slug(String value, String field) {
        required(value, field);
        if (!SLUG.matcher(value).matches())
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is not a slug: use lower-case letters, digits and single hyphens");
        return value;
    }

    /** An optional list of slugs; null becomes the empty list. */
    public static List<String> slugs(List<String> values, String field) {
        return each(values, field, FieldRules::slug);
    }

    /** A reference to a record of the kind the field implies: the rules of {@link #slug(String, String)} on its text. */
    public static Slug slug(Slug value, String field) {
        slug(value == null ? null : value.toString(), field);
        return value;
    }

    /** An optional reference to a record of the kind the field implies. */
    public static Slug optionalSlug(Slug value, String field) {
        return value == null ? null : slug(value, field);
    }

    /** An optional list of references to records of the kind the field implies; null becomes the empty list. */
    public static List<Slug> refs(List<Slug> values, String field) {
        return each(values, field, FieldRules::slug);
    }

    /** An optional list of typed references {@code kind/slug} whose kind is one of {@code kinds}. */
    public static List<Ref> refs(List<Ref> values, String field, Set<String> kinds) {
        return each(values, field, (v, f) -> ref(v, f, kinds));
    }

    /** A typed reference {@code kind/slug} whose kind is one of {@code kinds}. */
    public static Ref ref(Ref value, String field, Set<String> kinds) {
        String text = value == null ? null : value.toString();
        required(text, field);
        var m = REF.matcher(text);
        if (!m.matches() || !kinds.contains(m.group(1)))
            throw new IllegalArgumentException("'" + field + "' = \"" + text + "\" must be a reference KIND/slug with KIND one of " + sorted(kinds));
        return value;
    }

    /** An optional typed reference. */
    public static Ref optionalRef(Ref value, String field, Set<String> kinds) {
        return value == null ? null : ref(value, field, kinds);
    }

    /** Requires a code of a code list (see {@link Code}). */
    public static String code(String value, String field, Class<? extends Code> list) {
        required(value, field);
        Set<String> allowed = Code.codes(list);
        if (!allowed.contains(value))
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is not one of " + sorted(allowed));
        return value;
    }

    /** An optional code of a code list. */
    public static String optionalCode(String value, String field, Class<? extends Code> list) {
        return value == null ? null : code(value, field, list);
    }

    /** The earliest year a date may name. */
    public static final int EARLIEST_YEAR = 1800;
    /** The latest year a date may name. */
    public static final int LATEST_YEAR = 2199;

    /**
     * An optional date: YYYY-MM-DD, YYYY-MM or YYYY, each a real calendar date in the years
     * {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. Dates outside them (0000-01-01,
     * 9999-12-31) are placeholders or typos, not the dates of negotiations, and would sort every
     * timeline wrong.
     */
    public static String date(String value, String field) {
        if (value == null) return null;
        if (!DATE.matcher(value).matches())
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR)
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is outside the years " + EARLIEST_YEAR
                    + " to " + LATEST_YEAR + ": a placeholder or a typo? leave the date out when the source gives none");
        try {
            if (value.length() == 10) LocalDate.parse(value);
            else if (value.length() == 7) YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is not a calendar date");
        }
        return value;
    }

    /** An optional date of a record: the rules of {@link #date(String, String)} on its text. */
    public static PartialDate date(PartialDate value, String field) {
        if (value != null) date(value.toString(), field);
        return value;
    }

    /**
     * Requires that the period {@code from} can start before {@code to} ends, when both are given:
     * partial dates cover a period, so {@code 2025-03} to {@code 2025} is a valid range.
     */
    public static void range(PartialDate from, String fromField, PartialDate to, String toField) {
        if (from == null || to == null) return;
        if (from.start().isAfter(to.end()))
            throw new IllegalArgumentException("'" + fromField + "' = " + from + " is after '" + toField + "' = " + to);
    }

    /** An optional Wikidata QID. */
    public static String qid(String value, String field) {
        if (value == null) return null;
        if (!QID.matcher(value).matches())
            throw new IllegalArgumentException("'" + field + "' = \"" + value + "\" is not a Wikidata item ID (Q followed by digits)");
        return value;
    }

    /** An optional ISO 3166-1 alpha-2 country code that ISO has assigned ("UA"). */
    public static String iso3166(String value, String field) {
        if (value == null) return null;
        if (!value.matches("[A-Z]{2}"))
            throw invalid(field, value, "is not an ISO 3166-1 alpha-2 code (two capital letters such as \"UA\")");
        if (!COUNTRIES.contains(value)) throw invalid(field, value, "is not an assigned ISO 3166-1 alpha-2 country code");
        return value;
    }

    /** An optional ISO 3166-2 subdivision code ("UA-43") whose country part ISO has assigned. */
    public static String iso3166_2(String value, String field) {
        if (value == null) return null;
        if (!value.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) throw invalid(field, value, "is not an ISO 3166-2 code such as UA-43");
        if (!COUNTRIES.contains(value.substring(0, 2)))
            throw invalid(field, value, "does not start with an assigned ISO 3166-1 country code");
        return value;
    }

    /**
     * A BCP 47 language tag: well-formed (RFC 5646), with a lower-case primary language of two or
     * three letters, and a two-letter primary language that ISO 639-1 defines.
     */
    public static String language(String value, String field) {
        required(value, field);
        if (!value.matches("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*"))
            throw invalid(field, value, "is not a BCP 47 language tag such as \"en\" or \"uk-UA\"");
        try {
            new java.util.Locale.Builder().setLanguageTag(value);
        } catch (java.util.IllformedLocaleException e) {
            throw invalid(field, value, "is not a BCP 47 language tag: " + e.getMessage());
        }
        String primary = value.split("-", 2)[0];
        if (primary.length() == 2 && !LANGUAGES.contains(primary))
            throw invalid(field, value, "is not a BCP 47 language tag: \"" + primary + "\" is not an ISO 639-1 language code");
        return value;
    }

    /**
     * An optional absolute http(s) URL that is a valid IRI (RFC 3987: no spaces, quotes, angle
     * brackets or broken percent escapes), since it becomes an IRI in the graph.
     */
    public static String httpUrl(String value, String field) {
        if (value == null) return null;
        optional(value, field);
        java.net.URI uri;
        try {
            uri = new java.net.URI(value);
        } catch (java.net.URISyntaxException e) {
            throw invalid(field, value, "is not a valid IRI: " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getRawAuthority() == null)
            throw invalid(field, value, "is not an absolute http(s) URL such as https://example.org/page");
        return value;
    }

    /** {@code 'field' = "value" rule}: the form of every field error. */
    private static IllegalArgumentException invalid(String field, String value, String rule) {
        return new IllegalArgumentException("'" + field + "' = \"" + value + "\" " + rule);
    }

    /** An optional list of non-blank strings; null becomes the empty list. */
    public static List<String> strings(List<String> values, String field) {
        return each(values, field, FieldRules::required);
    }

    /** A list of records; null becomes the empty list. */
    public static <T> List<T> list(List<T> values, String field) {
        return each(values, field, FieldRules::required);
    }

    /** A list whose every element passes a rule, named {@code field[i]}; null becomes the empty list. */
    private static <T> List<T> each(List<T> values, String field, java.util.function.BiConsumer<T, String> rule) {
        if (values == null) return List.of();
        for (int i = 0; i < values.size(); i++) rule.accept(values.get(i), field + "[" + i + "]");
        return List.copyOf(values);
    }

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(java.util.Locale.getISOLanguages());

    private static String sorted(Set<String> s) {
        return s.stream().sorted().toList().toString();
    }
}
