package org.w3id.parley.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.Party;
import org.w3id.parley.model.Person;
import org.w3id.parley.model.Place;
import org.w3id.parley.model.Region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.TestSupport.DATA;

/**
 * The outward identifiers in {@code data/} are well-formed, belong to the right code lists, and
 * every identifier the curator could not verify is left out with a note that says so.
 *
 * <h2>Code lists embedded here, and where they were checked</h2>
 * <ul>
 *   <li><b>ISO 3166-2:UA</b>, all 27 codes (24 oblasts, the Autonomous Republic of Crimea UA-43, and
 *       the cities of Kyiv UA-30 and Sevastopol UA-40), as published by the ISO 3166 Maintenance
 *       Agency in the ISO Online Browsing Platform, https://www.iso.org/obp/ui/#iso:code:3166:UA.
 *       Checked against two public copies that agree code for code: the Wikipedia article
 *       "ISO 3166-2:UA" (https://en.wikipedia.org/wiki/ISO_3166-2:UA, read through its
 *       justapedia.org mirror: "24 regions, 1 republic, and 2 cities") and the ISO 3166-2 UA table of
 *       the Python package {@code iso_standards}, which cites the ISO OBP page. A third copy,
 *       nv-i18n's {@code SubDivisionUA} (TakahikoKawasaki/nv-i18n), lacks UA-65 (Khersonska
 *       oblast), which both other sources and the protomaps/basemaps {@code RegionInfos} table
 *       ({@code Kherson|UA-65|…|Q163271}) have.</li>
 *   <li><b>ISO 3166-2:RU</b>, only the code Parley's data uses: RU-KRS (Kurskaya oblast'), from the
 *       ISO OBP page https://www.iso.org/obp/ui/#iso:code:3166:RU, checked against the
 *       {@code iso_standards} RU table ({@code "RU-KRS": Kurskaja/Kurskaya oblast'}) and
 *       protomaps/basemaps {@code RegionInfos} ({@code Kursk|RU-KRS}). A region of another Russian
 *       subdivision needs its code added here, with its check.</li>
 *   <li><b>ISO 3166-1 alpha-2</b>: the JDK's {@link Locale#getISOCountries()}.</li>
 * </ul>
 */
class IdentifiersTest {
    /** ISO 3166-2:UA, complete. */
    static final Set<String> ISO_3166_2_UA = Set.of(
            "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30",
            "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59",
            "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77");
    /** ISO 3166-2:RU, only the codes the data uses (see the class comment). */
    static final Set<String> ISO_3166_2_RU_USED = Set.of("RU-KRS");
    /** Subdivision code lists by ISO 3166-1 alpha-2 country code. */
    static final Map<String, Set<String>> SUBDIVISIONS = Map.of("UA", ISO_3166_2_UA, "RU", ISO_3166_2_RU_USED);

    static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    static final String NO_WIKIDATA = "Wikidata identifier not recorded";
    static final String NO_GEONAMES = "GeoNames identifier not recorded";

    static final List<Party> parties = new ArrayList<>();
    static final List<Person> persons = new ArrayList<>();
    static final List<Region> regions = new ArrayList<>();
    static final List<Place> places = new ArrayList<>();

    @BeforeAll
    static void readData() throws IOException {
        InputReader reader = new InputReader();
        List<Path> files;
        try (Stream<Path> s = Files.walk(DATA)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            Document d = reader.read(f.toString(), Files.readAllBytes(f)).document();
            parties.addAll(d.parties());
            persons.addAll(d.persons());
            regions.addAll(d.regions());
            places.addAll(d.places());
        }
        assertFalse(regions.isEmpty() || persons.isEmpty() || parties.isEmpty(), "no reference data read from " + DATA);
    }

    @Test
    void theEmbeddedUkrainianCodeListIsComplete() {
        assertEquals(27, ISO_3166_2_UA.size(), "ISO 3166-2:UA has 24 oblasts, 1 republic and 2 cities");
        assertTrue(ISO_3166_2_UA.stream().allMatch(c -> c.matches("UA-[0-9]{2}")));
    }

    @Test
    void everyRegionCodeIsAnOfficialSubdivisionOfItsDeJureCountry() {
        Map<String, String> alpha2 = new HashMap<>();
        for (Party p : parties) if (p.iso3166() != null) alpha2.put(p.id(), p.iso3166());
        List<String> problems = new ArrayList<>();
        for (Region r : regions) {
            if (r.iso3166_2() == null) {
                if (r.note() == null || !r.note().contains("ISO 3166-2"))
                    problems.add(r.id() + ": no ISO 3166-2 code and no note saying why");
                continue;
            }
            String country = alpha2.get(java.util.Objects.toString(r.deJureCountry(), null));
            if (country == null) {
                problems.add(r.id() + ": its de jure country '" + r.deJureCountry() + "' has no ISO 3166-1 code");
                continue;
            }
            if (!r.iso3166_2().startsWith(country + "-"))
                problems.add(r.id() + ": " + r.iso3166_2() + " does not start with " + country + "-, the code of its de jure country");
            Set<String> official = SUBDIVISIONS.get(country);
            if (official == null)
                problems.add(r.id() + ": no official ISO 3166-2:" + country + " list is embedded in this test; add it with its source");
            else if (!official.contains(r.iso3166_2()))
                problems.add(r.id() + ": " + r.iso3166_2() + " is not in ISO 3166-2:" + country);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void regionCodesAndWikidataItemsAreTheCheckedOnes() {
        // Name|ISO 3166-2|…|QID as in protomaps/basemaps RegionInfos.java, and the GeoNames IDs checked
        // (Crimea and Donetsk in two sources, Luhansk in one: see its note).
        Map<String, String> expected = Map.of(
                "crimea", "UA-43 Q756294 703883",
                "donetsk-oblast", "UA-14 Q2012050 709716",
                "luhansk-oblast", "UA-09 Q171965 702657",
                "kherson-oblast", "UA-65 Q163271 null",
                "zaporizhzhia-oblast", "UA-23 Q171334 null",
                "kursk-oblast", "RU-KRS Q3178 null");
        Map<String, String> actual = new HashMap<>();
        for (Region r : regions) actual.put(r.id(), r.iso3166_2() + " " + r.wikidata() + " " + r.geonames());
        assertEquals(expected, actual);
    }

    @Test
    void statesCarryOfficialIso3166Alpha2Codes() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        List<String> problems = new ArrayList<>();
        for (Party p : parties) {
            if (p.type().equals("State") && (p.iso3166() == null || !iso.contains(p.iso3166())))
                problems.add(p.id() + ": " + p.iso3166() + " is not an ISO 3166-1 alpha-2 code");
            if (!p.type().equals("State") && p.iso3166() != null)
                problems.add(p.id() + ": only states have ISO 3166-1 codes");
        }
        assertEquals(List.of(), problems);
        Map<String, String> codes = new HashMap<>();
        for (Party p : parties) if (p.iso3166() != null) codes.put(p.id(), p.iso3166());
        assertEquals(Map.of("russia", "RU", "turkey", "TR", "ukraine", "UA", "united-states", "US"), codes);
    }

    @Test
    void everyWikidataValueIsAnItemId() {
        List<String> values = new ArrayList<>();
        parties.forEach(p -> values.add("party/" + p.id() + "=" + p.wikidata()));
        persons.forEach(p -> values.add("person/" + p.id() + "=" + p.wikidata()));
        regions.forEach(r -> values.add("region/" + r.id() + "=" + r.wikidata()));
        places.forEach(p -> values.add("place/" + p.id() + "=" + p.wikidata()));
        List<String> bad = values.stream()
                .filter(v -> !v.endsWith("=null") && !QID.matcher(v.substring(v.indexOf('=') + 1)).matches())
                .toList();
        assertEquals(List.of(), bad);
        // One item names one thing.
        Map<String, String> seen = new HashMap<>();
        for (String v : values) {
            String qid = v.substring(v.indexOf('=') + 1);
            if (qid.equals("null")) continue;
            String earlier = seen.putIfAbsent(qid, v);
            assertTrue(earlier == null, qid + " is used by both " + earlier + " and " + v);
        }
    }

    @Test
    void recordsWhoseIdentifiersCouldNotBeVerifiedSaySo() {
        List<String> silent = new ArrayList<>();
        for (Person p : persons)
            if (p.wikidata() == null && !says(p.note(), NO_WIKIDATA)) silent.add("person/" + p.id());
        for (Party p : parties)
            if (!p.type().equals("Group") && p.wikidata() == null && !says(p.note(), NO_WIKIDATA)) silent.add("party/" + p.id());
        for (Region r : regions) {
            if (r.wikidata() == null && !says(r.note(), NO_WIKIDATA)) silent.add("region/" + r.id() + " (Wikidata)");
            if (r.geonames() == null && !says(r.note(), NO_GEONAMES)) silent.add("region/" + r.id() + " (GeoNames)");
        }
        for (Place p : places)
            if (p.wikidata() == null && !says(p.note(), NO_WIKIDATA)) silent.add("place/" + p.id());
        assertEquals(List.of(), silent, "records without an identifier and without a note saying it could not be verified");
        // The persons the curator could not match to a Wikidata item are exactly these.
        assertEquals(List.of("dmitry-peskov", "hakan-fidan", "keith-kellogg", "konstantin-remchukov", "rustem-umerov",
                        "steve-witkoff", "vladimir-medinsky"),
                persons.stream().filter(p -> p.wikidata() == null).map(Person::id).sorted().toList());
    }

    private static boolean says(String note, String phrase) {
        return note != null && note.contains(phrase);
    }
}
