package org.w3id.parley.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Field rules: dates and ranges, language tags, URLs, ISO codes. */
class FieldRulesTest {
    @Test
    void partialDatesCoverPeriodsSoRangesCompareStartWithEnd() {
        assertDoesNotThrow(() -> FieldRules.range(PartialDate.of("2025-03"), "validFrom", PartialDate.of("2025"), "validUntil"));
        assertDoesNotThrow(() -> FieldRules.range(PartialDate.of("2025-04-30"), "validFrom", PartialDate.of("2025-04"), "validUntil"));
        var e = assertThrows(IllegalArgumentException.class, () -> FieldRules.range(PartialDate.of("2025-05"), "validFrom", PartialDate.of("2025-04-30"), "validUntil"));
        assertEquals("'validFrom' = 2025-05 is after 'validUntil' = 2025-04-30", e.getMessage());
        assertEquals(java.time.LocalDate.of(2024, 2, 29), Dates.end("2024-02"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.date("2025-02-29", "d"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.date("2025-13", "d"));
    }

    @Test
    void eachElementOfAListIsCheckedAndNamedByItsIndex() {
        assertEquals("'altLabels[1]' must not be blank",
                assertThrows(IllegalArgumentException.class, () -> FieldRules.strings(java.util.List.of("a", " "), "altLabels")).getMessage());
        assertEquals("'roles[0]' is required",
                assertThrows(IllegalArgumentException.class, () -> FieldRules.list(java.util.Arrays.asList((Object) null), "roles")).getMessage());
        assertEquals("'regions[0]' = \"Kursk\" is not a slug: use lower-case letters, digits and single hyphens",
                assertThrows(IllegalArgumentException.class,
                        () -> FieldRules.refs(java.util.List.of(Slug.unchecked("Kursk")), "regions")).getMessage());
        assertEquals(java.util.List.of(), FieldRules.slugs(null, "paxCategories"));
    }

    @Test
    void languageTagsAreWellFormedBcp47WithAKnownPrimaryLanguage() {
        for (String ok : new String[] {"en", "uk-UA", "sr-Latn-RS", "de-CH-1996", "yue"})
            assertEquals(ok, FieldRules.language(ok, "language"), ok);
        for (String bad : new String[] {"english", "xx", "en_US", "en-", "EN", "en--GB", "en-toolongsubtag"})
            assertThrows(IllegalArgumentException.class, () -> FieldRules.language(bad, "language"), bad);
    }

    @Test
    void urlsAreAbsoluteHttpIris() {
        for (String ok : new String[] {"https://example.org/", "http://example.org/a?b=c#d", "https://example.org/über%20uns"})
            assertEquals(ok, FieldRules.httpUrl(ok, "url"), ok);
        for (String bad : new String[] {"ftp://example.org/", "https:/example.org", "example.org", "https://example.org/a b",
                "https://example.org/%zz", "https://example.org/<x>", "mailto:a@example.org"})
            assertThrows(IllegalArgumentException.class, () -> FieldRules.httpUrl(bad, "url"), bad);
    }

    @Test
    void isoCodesMustBeAssigned() {
        assertEquals("UA", FieldRules.iso3166("UA", "iso3166"));
        assertEquals("UA-43", FieldRules.iso3166_2("UA-43", "iso3166_2"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.iso3166("XX", "iso3166"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.iso3166("ua", "iso3166"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.iso3166_2("QQ-43", "iso3166_2"));
        assertThrows(IllegalArgumentException.class, () -> FieldRules.iso3166_2("UA43", "iso3166_2"));
    }

    @Test
    void aDateMadeInCodeIsCheckedAtOnceAndADateGivenToABuilderByItsRecord() {
        assertEquals(java.time.LocalDate.of(2025, 2, 28), PartialDate.of("2025-02").end());
        assertEquals(java.time.LocalDate.of(2025, 1, 1), PartialDate.of("2025").start());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of("2025-13"));
        // The record checks its dates in field order and names the field, as the JSON input's errors do.
        var e = assertThrows(InvalidRecordException.class, () -> Stance.builder().set("id", "s").set("holder", "ukraine")
                .set("target", "provision/p").set("position", "supports").set("statedOn", "2025-13")
                .set("basis", "on-record").build());
        assertEquals("statedOn", e.field());
        assertEquals("Stance: 'statedOn' = \"2025-13\" is not a calendar date", e.getMessage());
    }
}
