package org.w3id.parley.generate;

import org.w3id.parley.json.InputWriter;
import org.w3id.parley.model.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes valid Parley input of a chosen size: reference data (parties, among them groups that
 * represent a state, persons with roles, regions, places, issues, options, declared relations
 * between options) and source files (proposals with provisions, some of them joint and some
 * agreed, stances with quotes, conditions and reporting bases, events with participants, control
 * claims, constraints, target dates, open questions, assessments, declared relations between
 * provisions and options).
 *
 * <p>The data exercises what the derived layer derives:
 * <ul>
 *   <li><b>Timelines.</b> The first {@value #TIMELINE_SLOTS} stances of each source belong to
 *       chains: the sources {@code c, c+T, c+2T, …} (T = {@link #chains()}) each hold one stance of
 *       the same holder on the same target per slot, with changing positions. A chain's stance
 *       is dated to the day, the month or the year of its source's date, or left undated (placed
 *       by its source's publication date, or by the event it was stated at); some carry
 *       {@code validFrom}/{@code validUntil}; some declare that they {@code supersedes} the chain's
 *       stance in the previous source when that one was stated earlier. Slot 0's chains are held
 *       by groups, slot 4's target a provision and slot 5's a proposal of the chain's first
 *       source; the others target options.</li>
 *   <li><b>Source disagreements.</b> Sources {@code 2p} and {@code 2p+1} each report, in slots
 *       {@value #TIMELINE_SLOTS} and {@value #TIMELINE_SLOTS}+1, the same holder on the same option
 *       on the same date (the earlier of the two sources' dates; the second slot to the month)
 *       with different positions.</li>
 *   <li><b>Joint proposals and agreements.</b> Proposal {@code p} of source {@code n} is joint
 *       (one or two {@code coAuthors}) when {@code (n + p) % 3 == 0}, and then agreed when
 *       {@code (n + p)} is even; every author of an agreed proposal supports its first
 *       provision.</li>
 *   <li><b>Declared relations.</b> Each issue's options exclude, entail, refine and are compatible
 *       with each other, every other issue has an option that excludes one of the next issue's,
 *       and each source declares that two of its provisions exclude each other, that one entails
 *       an option and that two are compatible.</li>
 * </ul>
 * The only references between source files are those of the chains (to the chain's first
 * source and to the previous source of the chain), so the last source file is never referred to
 * by another and can be retracted alone.
 *
 * <p>References are skewed the way real coverage is: a few parties and regions appear in most
 * records (a Zipf-like draw). Generated records carry no Wikidata IDs and no ISO codes, so they
 * can never be mistaken for real identifiers. Scale 1 is about half a million quads; the number of source files
 * and of reference records grows linearly with the scale. The same scale and seed always give
 * byte-identical files.
 *
 * <pre>{@code
 * Generator.create().scale(1).seed(42).out(Path.of("gen")).build().run();
 * }</pre>
 */
public final class Generator {
    /** Source files per unit of scale. */
    public static final int SOURCES_PER_SCALE = 400;
    /** Stances per source that belong to timeline chains (the slots 0 to this value - 1). */
    public static final int TIMELINE_SLOTS = 6;
    /** Source files per timeline chain, about. */
    public static final int CHAIN_LENGTH = 5;

    // Whole code lists in declaration order, and the subsets generated data uses: the order is part
    // of what a seed produces, so a list reordered is different data.
    private static final String[] POSITIONS = all(Position.class);
    private static final String[] BASES = all(ReportingBasis.class);
    private static final String[] CONFIDENCE = all(Confidence.class);
    private static final String[] STATUSES = some(ProposalStatus.FLOATED, ProposalStatus.TENTATIVE,
            ProposalStatus.FORMAL, ProposalStatus.WITHDRAWN);
    private static final String[] EVENT_TYPES = some(EventType.MEETING, EventType.VISIT, EventType.STATEMENT,
            EventType.SOCIAL_MEDIA_POST, EventType.COMMUNICATION, EventType.NEGOTIATION);
    private static final String[] EVENT_STATUSES = all(EventStatus.class);
    private static final String[] PARTICIPATION = some(ParticipationStatus.ATTENDED, ParticipationStatus.EXPECTED,
            ParticipationStatus.SCHEDULED, ParticipationStatus.WITHDRAWN, ParticipationStatus.INVITED);
    private static final String[] ROLE_TYPES = some(RoleType.HEAD_OF_STATE, RoleType.HEAD_OF_GOVERNMENT,
            RoleType.MINISTER, RoleType.ENVOY, RoleType.SPOKESPERSON, RoleType.OFFICIAL);
    private static final String[] PAX = {"ceasefire", "withdrawal-of-foreign-forces", "international-mission",
            "border-delimitation", "socio-economic-reconstruction"};
    private static final String[] WORDS = {"ceasefire", "line", "guarantee", "withdrawal", "talks", "buffer",
            "sanctions", "recognition", "troops", "referendum", "prisoners", "exchange", "corridor", "monitoring",
            "security", "sovereignty", "reconstruction", "elections", "autonomy", "border"};

    private final double scale;
    private final long seed;
    private final Path out;
    private final int parties, persons, regions, places, issues, sources, chains, groupsFrom;

    private Generator(double scale, long seed, Path out) {
        this.scale = scale;
        this.seed = seed;
        this.out = out;
        this.sources = Math.max(1, (int) Math.round(SOURCES_PER_SCALE * scale));
        this.parties = Math.max(8, (int) Math.round(120 * scale));
        this.persons = Math.max(8, (int) Math.round(300 * scale));
        this.regions = Math.max(6, (int) Math.round(200 * scale));
        this.places = Math.max(3, (int) Math.round(40 * scale));
        this.issues = Math.max(4, (int) Math.round(40 * scale));
        this.chains = (sources + CHAIN_LENGTH - 1) / CHAIN_LENGTH;
        this.groupsFrom = parties * 7 / 10;
    }

    /** A builder: scale 1, seed 1, no output folder yet. */
    public static Builder create() {
        return new Builder();
    }

    /** Number of source files this generator writes. */
    public int sources() {
        return sources;
    }

    /** Number of timeline chains per slot: source {@code n} is member {@code n / chains()} of chain {@code n % chains()}. */
    public int chains() {
        return chains;
    }

    /**
     * Writes {@code reference/*.json} and {@code sources/gen-NNNNNN.json} under the output folder.
     *
     * @return the number of files written
     */
    public int run() {
        try {
            Files.createDirectories(out.resolve("reference"));
            Files.createDirectories(out.resolve("sources"));
            write(out.resolve("reference/generated-reference.json"), reference(new SplittableRandom(seed)));
            for (int i = 0; i < sources; i++) {
                // One stream per file, so each file depends only on (seed, index).
                SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i + 1);
                write(out.resolve(String.format("sources/gen-%06d.json", i)), source(r, i));
            }
            return sources + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated input to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, Document d) throws IOException {
        Files.write(file, InputWriter.toJson(d));
    }

    private Document reference(SplittableRandom r) {
        RecordBuilder<Document> b = Document.builder();
        for (int i = 0; i < parties; i++) {
            PartyType type = i < parties * 6 / 10 ? PartyType.STATE
                    : i < parties * 7 / 10 ? PartyType.INTERNATIONAL_ORGANIZATION : PartyType.GROUP;
            RecordBuilder<Party> p = Party.builder().set("id", "gp-" + i).set("type", type.code())
                    .set("label", name(r, "Party", i));
            if (type == PartyType.GROUP) p.set("represents", "gp-" + zipf(r, parties * 6 / 10));
            b.add("parties", p.build());
        }
        for (int i = 0; i < persons; i++) {
            RecordBuilder<Person> p = Person.builder().set("id", "gn-" + i).set("label", name(r, "Person", i));
            int roles = 1 + r.nextInt(3);
            int year = 2000 + r.nextInt(20);
            for (int k = 0; k < roles; k++) {
                RecordBuilder<Role> role = Role.builder().set("id", "gn-" + i + "-role-" + k)
                        .set("office", pick(r, ROLE_TYPES).replace('-', ' ') + " " + k)
                        .set("roleType", pick(r, ROLE_TYPES)).set("onBehalfOf", "gp-" + zipf(r, parties * 6 / 10))
                        .set("start", (year + 2 * k) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
                if (k < roles - 1) role.set("end", (year + 2 * k + 1) + "-12-31");
                p.add("roles", role.build());
            }
            b.add("persons", p.build());
        }
        for (int i = 0; i < regions; i++)
            b.add("regions", Region.builder().set("id", "gr-" + i).set("label", name(r, "Region", i))
                    .set("deJureCountry", "gp-" + zipf(r, parties * 6 / 10))
                    .set("regionType", "province").build());
        for (int i = 0; i < places; i++)
            b.add("places", Place.builder().set("id", "gl-" + i).set("label", name(r, "City", i))
                    .set("country", "gp-" + zipf(r, parties * 6 / 10)).build());
        for (int i = 0; i < issues; i++) {
            b.add("issues", Issue.builder().set("id", "gi-" + i).set("label", name(r, "Issue", i))
                    .set("description", sentence(r, 12)).add("paxCategories", pick(r, PAX)).build());
            for (int k = 0; k < 4; k++)
                b.add("options", Option.builder().set("id", "gi-" + i + "-opt-" + k).set("issue", "gi-" + i)
                        .set("label", name(r, "Option", k)).add("regions", "gr-" + zipf(r, regions)).build());
            // Fixed relations, drawing nothing, so that the other records stay those of earlier versions.
            String o = "option/gi-" + i + "-opt-";
            b.add("termRelations",
                    TermRelation.builder().set("id", "gi-" + i + "-rel-0").set("from", o + 0).set("relation", "excludes")
                            .set("to", o + 1)
                            .set("note", "Generated: two outcomes of one issue that cannot both hold.").build(),
                    TermRelation.builder().set("id", "gi-" + i + "-rel-1").set("from", o + 0).set("relation", "compatible")
                            .set("to", o + 2).set("note", "Generated: two outcomes that can hold together.").build(),
                    TermRelation.builder().set("id", "gi-" + i + "-rel-2").set("from", o + 3).set("relation", "refines")
                            .set("to", o + 2).set("note", "Generated: a narrower variant of another outcome.").build(),
                    TermRelation.builder().set("id", "gi-" + i + "-rel-3").set("from", o + 1).set("relation", "entails")
                            .set("to", o + 3).set("note", "Generated: an outcome that brings another with it.").build());
            if (i % 2 == 0 && i + 1 < issues)
                b.add("termRelations", TermRelation.builder().set("id", "gi-" + i + "-rel-4").set("from", o + 1)
                        .set("relation", "excludes").set("to", "option/gi-" + (i + 1) + "-opt-0")
                        .set("note", "Generated: outcomes of two issues that cannot both hold.").build());
        }
        return b.build();
    }

    private Document source(SplittableRandom r, int n) {
        String s = "gs-" + n;
        String date = date(r);
        int year = Integer.parseInt(date.substring(0, 4));
        RecordBuilder<Document> b = Document.builder().set("source", Source.builder().set("id", s)
                .set("title", "Generated report " + n + ": "
                + sentence(r, 8)).set("publisher", "Generated Wire").set("url", "https://example.org/generated/" + n)
                        .set("published", date).build());
        List<String> provisions = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            // The draws from r stay in the order of earlier versions, so that the other records stay the same.
            RecordBuilder<Proposal> pb = Proposal.builder().set("id", s + "-p" + p)
                    .set("label", "Proposal " + p + " of " + s).set("description", sentence(r, 15));
            String author = party(r);
            pb.set("author", author).set("status", pick(r, STATUSES)).set("proposedOn", date)
                    .add("conveyedBy", "person/" + person(r)).add("addressedTo", party(r)).set("basis", pick(r, BASES))
                    .set("confidence", pick(r, CONFIDENCE));
            List<String> authors = new ArrayList<>(List.of(author));
            if ((n + p) % 3 == 0) {
                SplittableRandom x = stream(4, n, p);
                int more = 1 + x.nextInt(2);
                for (int tries = 0; authors.size() < 1 + more && tries < 20; tries++) {
                    String co = "gp-" + zipf(x, parties);
                    if (!authors.contains(co)) authors.add(co);
                }
                for (String co : authors.subList(1, authors.size())) pb.add("coAuthors", co);
                if ((n + p) % 2 == 0 && authors.size() > 1) pb.set("status", "agreed");
                else authors = List.of(author);
            } else {
                authors = List.of(author);
            }
            for (int k = 0; k < 5; k++) {
                String id = s + "-p" + p + "-v" + k;
                int issue = zipf(r, issues);
                RecordBuilder<Provision> v = Provision.builder().set("id", id).set("label", sentence(r, 6))
                        .set("issue", "gi-" + issue)
                        .set("option", "gi-" + issue + "-opt-" + r.nextInt(4)).add("regions", "gr-" + zipf(r, regions));
                if (r.nextInt(3) == 0) v.add("binds", Obligation.builder().set("party", party(r))
                        .set("obligation", sentence(r, 5)).build());
                pb.add("provisions", v.build());
                provisions.add(id);
            }
            b.add("proposals", pb.build());
            // Every party to an agreement supports its first provision, on the day it was agreed.
            if (authors.size() > 1)
                for (int a = 0; a < authors.size(); a++)
                    b.add("stances", Stance.builder().set("id", s + "-p" + p + "-agreed-" + a).set("holder", authors.get(a))
                            .set("target", "provision/" + s + "-p" + p + "-v0").set("position", "supports")
                            .set("statedOn", date).set("basis", "on-record").build());
        }
        for (int k = 0; k < 40; k++) {
            RecordBuilder<Stance> st = Stance.builder().set("id", s + "-s" + k).set("holder", party(r))
                    .set("speaker", person(r))
                    .set("position", pick(r, POSITIONS)).set("basis", pick(r, BASES)).set("confidence", pick(r, CONFIDENCE));
            st.set("target", r.nextInt(4) == 0 ? "option/gi-" + zipf(r, issues) + "-opt-" + r.nextInt(4)
                    : "provision/" + provisions.get(r.nextInt(provisions.size())));
            if (r.nextInt(2) == 0) st.set("quote", sentence(r, 10));
            if (r.nextInt(4) == 0) st.set("condition", sentence(r, 7));
            if (k < TIMELINE_SLOTS) {
                Link l = link(k, n);
                st.set("holder", l.holder()).set("target", l.target()).set("position", l.position());
                if (l.statedOn() != null) st.set("statedOn", l.statedOn());
                if (l.statedAt() != null) st.set("statedAt", l.statedAt());
                if (l.validFrom() != null) st.set("validFrom", l.validFrom());
                if (l.validUntil() != null) st.set("validUntil", l.validUntil());
                if (l.supersedes() != null) st.set("supersedes", l.supersedes());
            } else if (k < TIMELINE_SLOTS + 2 && (n ^ 1) < sources) {
                // A source disagreement: this source and its partner (n ^ 1) report the same holder
                // on the same option at the same date, with different positions.
                int j = k - TIMELINE_SLOTS;
                SplittableRandom x = stream(3, j, n / 2);
                String holder = "gp-" + x.nextInt(groupsFrom);
                String option = "option/gi-" + x.nextInt(issues) + "-opt-" + x.nextInt(4);
                int first = x.nextInt(POSITIONS.length);
                int second = (first + 1 + x.nextInt(POSITIONS.length - 1)) % POSITIONS.length;
                String a = date(n & ~1), c = date(n | 1);
                String when = a.compareTo(c) <= 0 ? a : c;
                st.set("holder", holder).set("target", option).set("position", POSITIONS[n % 2 == 0 ? first : second])
                        .set("statedOn", j == 0 ? when : when.substring(0, 7));
            } else {
                st.set("statedOn", date);
            }
            b.add("stances", st.build());
        }
        // Declared relations between this source's terms: pairs that differ from each other and
        // from the reference data's, so that no pair is both excluding and compatible.
        SplittableRandom x = stream(5, n, 0);
        b.add("termRelations",
                TermRelation.builder().set("id", s + "-rel-0").set("from", "provision/" + s + "-p0-v" + x.nextInt(5))
                        .set("relation", "excludes").set("to", "provision/" + s + "-p1-v" + x.nextInt(5))
                        .set("note", "Generated: two proposals' terms that cannot both hold.").build(),
                TermRelation.builder().set("id", s + "-rel-1").set("from", "provision/" + s + "-p2-v" + x.nextInt(5))
                        .set("relation", "entails").set("to", "option/gi-" + zipf(x, issues) + "-opt-" + x.nextInt(4))
                        .set("note", "Generated: a term that brings an outcome with it.").build(),
                TermRelation.builder().set("id", s + "-rel-2").set("from", "provision/" + s + "-p1-v" + x.nextInt(5))
                        .set("relation", "compatible").set("to", "provision/" + s + "-p2-v" + x.nextInt(5))
                        .set("note", "Generated: two proposals' terms that can hold together.").build());
        for (int k = 0; k < 8; k++) {
            RecordBuilder<Event> e = Event.builder().set("id", s + "-e" + k).set("type", pick(r, EVENT_TYPES))
                    .set("label", "Event " + k + " of " + s)
                    .set("date", date).set("status", pick(r, EVENT_STATUSES)).set("place", "place/gl-" + zipf(r, places))
                    .set("basis", pick(r, BASES)).add("about", "proposal/" + s + "-p" + r.nextInt(3));
            List<String> seen = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                String agent = "person/" + person(r);
                if (seen.contains(agent)) continue;
                seen.add(agent);
                e.add("participants", Participant.builder().set("agent", agent)
                        .set("status", pick(r, PARTICIPATION)).build());
            }
            b.add("events", e.build());
        }
        for (int k = 0; k < 6; k++) {
            boolean claimed = r.nextBoolean();
            RecordBuilder<ControlClaim> c = ControlClaim.builder().set("id", s + "-c" + k)
                    .set("region", "gr-" + zipf(r, regions))
                    .set("controller", party(r)).set("sharePercent", java.math.BigDecimal.valueOf(r.nextInt(1001), 1))
                    .set("extent", "partial").set("asOf", date).set("kind", claimed ? "claimed" : "assessed")
                    .set("basis", pick(r, BASES));
            if (claimed) c.set("claimant", "party/" + party(r));
            b.add("controlClaims", c.build());
        }
        for (int k = 0; k < 2; k++) {
            b.add("constraints", Constraint.builder().set("id", s + "-k" + k).set("label", sentence(r, 5))
                    .set("constrains", party(r))
                    .set("constraintType", k == 0 ? "legal" : "political").set("basis", pick(r, BASES)).build());
            b.add("targetDates", TargetDate.builder().set("id", s + "-t" + k).set("label", sentence(r, 5))
                    .set("date", (year + 1) + "-06-30")
                    .set("holder", "party/" + party(r)).set("goal", sentence(r, 6)).set("basis", pick(r, BASES)).build());
            b.add("openQuestions", OpenQuestion.builder().set("id", s + "-q" + k).set("question", sentence(r, 9) + "?")
                    .add("about", "proposal/" + s + "-p" + r.nextInt(3)).set("basis", "unattributed").build());
        }
        for (int k = 0; k < 5; k++)
            b.add("assessments", Assessment.builder().set("id", s + "-a" + k).set("assessor", "person/" + person(r))
                    .set("statement", sentence(r, 12))
                    .add("about", "proposal/" + s + "-p" + r.nextInt(3)).set("basis", "analyst-assessment")
                    .set("confidence", "speculative").build());
        return b.build();
    }

    /**
     * One stance of a timeline chain: slot {@code k} of source {@code n}, a pure function of the
     * seed, the slot and the source, so that a later source of the chain can name it.
     */
    private record Link(String id, String holder, String target, String position, String statedOn, String statedAt,
                        String validFrom, String validUntil, String supersedes, LocalDate start, LocalDate end) {}

    private Link link(int k, int n) {
        int c = n % chains;
        String head = "gs-" + c;
        SplittableRandom chain = stream(1, k, c);
        // Drawn evenly, not skewed like the other records, so that chains seldom pile onto the
        // few parties and options that most records name: a timeline's cost grows with its square.
        String holder = k == 0 ? "gp-" + (groupsFrom + chain.nextInt(parties - groupsFrom)) : "gp-" + chain.nextInt(groupsFrom);
        String target = switch (k) {
            case 4 -> "provision/" + head + "-p" + chain.nextInt(3) + "-v" + chain.nextInt(5);
            case 5 -> "proposal/" + head + "-p" + chain.nextInt(3);
            default -> "option/gi-" + chain.nextInt(issues) + "-opt-" + chain.nextInt(4);
        };
        Link previous = n >= chains ? link(k, n - chains) : null;
        SplittableRandom x = stream(2, k, n);
        // Mostly a change, more or less favourable; now and then the same position restated.
        int position = previous == null || x.nextInt(5) == 0 ? x.nextInt(POSITIONS.length)
                : (index(previous.position()) + 1 + x.nextInt(POSITIONS.length - 1)) % POSITIONS.length;
        String date = date(n);
        LocalDate day = LocalDate.parse(date);
        String statedOn = null, statedAt = null;
        LocalDate start = day, end = day;
        switch ((n + k) % 5) {
            case 0 -> statedOn = date;
            case 1 -> {
                statedOn = date.substring(0, 7);
                start = day.withDayOfMonth(1);
                end = day.withDayOfMonth(day.lengthOfMonth());
            }
            case 2 -> {
                statedOn = date.substring(0, 4);
                start = day.withDayOfYear(1);
                end = day.withDayOfYear(day.lengthOfYear());
            }
            case 3 -> { } // undated: placed by its source's publication date
            default -> statedAt = "gs-" + n + "-e0"; // placed by the event's date, the source's
        }
        String validFrom = null, validUntil = null;
        switch ((n * TIMELINE_SLOTS + k) % 7) {
            case 0 -> {
                validFrom = date;
                validUntil = (day.getYear() + 1) + date.substring(4);
            }
            case 1 -> validFrom = date.substring(0, 7);
            case 2 -> validUntil = date.substring(0, 4);
            default -> { }
        }
        String supersedes = previous != null && previous.end().isBefore(start) && x.nextInt(3) != 0 ? previous.id() : null;
        return new Link("gs-" + n + "-s" + k, holder, target, POSITIONS[position], statedOn, statedAt, validFrom,
                validUntil, supersedes, start, end);
    }

    private static int index(String position) {
        for (int i = 0; i < POSITIONS.length; i++) if (POSITIONS[i].equals(position)) return i;
        throw new IllegalArgumentException(position);
    }

    /** The publication date of source {@code n}: the first draws of its stream. */
    private String date(int n) {
        return date(new SplittableRandom(seed * 1_000_003L + n + 1));
    }

    private static String date(SplittableRandom r) {
        int year = 2015 + r.nextInt(10);
        int month = 1 + r.nextInt(12);
        return year + "-" + two(month) + "-" + two(1 + r.nextInt(28));
    }

    /** A stream of its own for one purpose and two indexes, independent of the per-file streams. */
    private SplittableRandom stream(int purpose, int a, int b) {
        long h = seed;
        for (long part : new long[] {purpose, a, b}) h = (h ^ part) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        return new SplittableRandom(h);
    }

    private String party(SplittableRandom r) {
        return "gp-" + zipf(r, parties);
    }

    private String person(SplittableRandom r) {
        return "gn-" + zipf(r, persons);
    }

    /** A skewed draw from 0..n-1: index i has weight about 1/(i+1). */
    private static int zipf(SplittableRandom r, int n) {
        double hn = Math.log(n) + 0.5772156649;
        double u = r.nextDouble() * hn;
        int i = (int) Math.floor(Math.exp(u - 0.5772156649)) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }

    private static String[] all(Class<? extends Code> list) {
        return Code.codes(list).toArray(String[]::new);
    }

    private static String[] some(Code... constants) {
        return Code.codes(constants).toArray(String[]::new);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String name(SplittableRandom r, String kind, int i) {
        return kind + " " + i + " " + Character.toUpperCase(WORDS[r.nextInt(WORDS.length)].charAt(0))
                + WORDS[r.nextInt(WORDS.length)].substring(1);
    }

    private static String sentence(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Builds a {@link Generator}; setters validate their arguments. */
    public static final class Builder {
        private double scale = 1;
        private long seed = 1;
        private Path out;

        private Builder() {}

        /** The scale: 1 is about half a million quads; fractions give small test data. */
        public Builder scale(double scale) {
            if (!(scale > 0) || scale > 10_000)
                throw new IllegalArgumentException("Illegal scale=" + scale + ": scale must be > 0 and at most 10000");
            this.scale = scale;
            return this;
        }

        /** The random seed: the same seed gives the same files. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The output folder (created if needed). */
        public Builder out(Path out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        /** Builds the generator. */
        public Generator build() {
            if (out == null) throw new IllegalStateException("no output folder: call out(...) first");
            return new Generator(scale, seed, out);
        }
    }
}
