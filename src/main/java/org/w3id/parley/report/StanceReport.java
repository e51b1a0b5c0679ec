package org.w3id.parley.report;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.model.Dates;
import org.w3id.parley.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stance report: what a store says about who stands where, read with SPARQL and ready to
 * render as one self-contained HTML page ({@link #html()}).
 *
 * <ul>
 * <li>the <b>stance matrix</b>: targets × parties. One row per proposal as a whole, per
 *     provision of each proposal, and per option that stances address outside any provision;
 *     one column per party holding a stance, and per state. A stance on an option appears on
 *     every provision that selects that option;</li>
 * <li>a <b>timeline</b> of statements (stances), proposals and events, ordered by the dates they
 *     carry: by the first day a date covers, then by the last ({@code 2025-04} covers 1 to 30
 *     April, so it sorts after {@code 2025-04-01} and before {@code 2025-04-02}); records
 *     without a date come last, by kind and label, with the source's own time words;</li>
 * <li>per <b>region</b>: the provisions (with their proposals) and options that concern it, and
 *     the control claims about it, claimed by a party or assessed independently.</li>
 * </ul>
 *
 * <pre>{@code
 * try (TdbStore store = TdbStore.open(Path.of("parley-db"))) {
 *     StanceReport.read(store).write(Path.of("report.html"));
 * }
 * }</pre>
 *
 * The queries are resources next to this class ({@code org/w3id/parley/report/*.rq}).
 */
public final class StanceReport {
    /** A matrix column. @param iri party IRI @param label name @param kind state, organization or group @param representsLabel the party a group speaks for, or null */
    public record Party(String iri, String label, String kind, String representsLabel) {
        /** Validates the fields. */
        public Party {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A matrix row: a proposal as a whole, a provision, or another stance target (mostly an option).
     *
     * @param iri        the target's IRI
     * @param kind       proposal, provision or option
     * @param label      what it says
     * @param group      the heading it is grouped under (the proposal's label, or "Other targets")
     * @param optionIri  for a provision, the option it selects, or null
     * @param issueLabel the issue, or null
     */
    public record Target(String iri, String kind, String label, String group, String optionIri, String issueLabel) {
        /** Validates the fields. */
        public Target {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(kind, "kind");
        }

        /** Whether a stance on {@code target} belongs in this row. */
        public boolean covers(String target) {
            return iri.equals(target) || (optionIri != null && optionIri.equals(target));
        }
    }

    /** A proposal with its provisions (as matrix rows). */
    public record Proposal(String iri, String label, String author, String status, String proposedOn, String timeExpression,
                           String basis, String source, List<Target> provisions) {
        /** Validates the fields. */
        public Proposal {
            Objects.requireNonNull(iri, "iri");
            provisions = List.copyOf(provisions);
        }
    }

    /**
     * One stance, with everything its matrix cell shows. Absent values are null. {@code status},
     * {@code datedBy}, {@code dating} and {@code supersededBy} come from the derived layer: the
     * stance's timelineStatus ("current", "earlier" or "lapsed"), its effective date and how it was
     * dated, and the first stance that follows it in its holder's timeline on its target.
     */
    public record Stance(String iri, String holder, String target, String targetLabel, String targetKind, String position,
                         String positionLabel, int rank, String speaker, String quote, String condition, String statedOn,
                         String timeExpression, String validFrom, String validUntil, String basis, String confidence,
                         String hedge, String attributedTo, String source, String note, String supersededBy,
                         String status, String datedBy, String dating) {
        /** Validates the fields. */
        public Stance {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(position, "position");
        }

        /** Whether a later stance of the same holder on the same target replaces this one (derived). */
        public boolean earlier() {
            return "earlier".equals(status);
        }

        /** Whether only its validUntil ends it (derived). */
        public boolean lapsed() {
            return "lapsed".equals(status);
        }

        /** The date or the source's time words, or null. */
        public String when() {
            if (statedOn != null) return timeExpression == null ? statedOn : statedOn + " (" + timeExpression + ")";
            return timeExpression == null ? null : "“" + timeExpression + "”";
        }
    }

    /**
     * A timeline entry.
     *
     * @param kind           statement, proposal or event
     * @param iri            the record
     * @param label          one line
     * @param detail         a second line, or null
     * @param date           the date as recorded (YYYY, YYYY-MM or YYYY-MM-DD), or null
     * @param timeExpression the source's time words, or null
     * @param basis          reporting basis, or null
     * @param source         source title, or null
     */
    public record Entry(String kind, String iri, String label, String detail, String date, String timeExpression,
                        String basis, String source) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(iri, "iri");
            if (date != null) {
                try {
                    Dates.start(date);
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new IllegalArgumentException("Illegal date=" + date + " on " + iri + ": use YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
        }

        /** The first day the date covers, or null. */
        public LocalDate from() {
            return date == null ? null : Dates.start(date);
        }

        /** The last day the date covers, or null. */
        public LocalDate to() {
            return date == null ? null : Dates.end(date);
        }

        /** Timeline order: by first day, then last day; undated last, by kind and label. */
        public static final Comparator<Entry> ORDER = Comparator
                .comparing(Entry::from, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::to, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::kind)
                .thenComparing(e -> e.label() == null ? "" : e.label());
    }

    /** Something that concerns a region: a provision (with its proposal) or an option. */
    public record Touch(String kind, String label, String proposal) {}

    /** A control claim about a region. Absent values are null. */
    public record Claim(String iri, String controller, String share, String extent, String kind, String kindLabel, String claimant,
                        String asOf, String timeExpression, String basis, String source, String note) {}

    /** A region with what concerns it and the claims about it. */
    public record Region(String iri, String label, String code, String deJure, List<Touch> touches, List<Claim> claims) {
        /** Validates the fields. */
        public Region {
            Objects.requireNonNull(iri, "iri");
            touches = List.copyOf(touches);
            claims = List.copyOf(claims);
        }
    }

    /** A position of the scale, for the legend. */
    public record Position(String code, String label, int rank, String definition) {}

    /** A source document with its publication date or date bounds. */
    public record Source(String iri, String title, String publisher, String issued, String notBefore, String notAfter) {}

    private final List<Position> positions;
    private final List<Party> parties;
    private final List<Proposal> proposals;
    private final List<Target> otherTargets;
    private final List<Stance> stances;
    private final List<Entry> timeline;
    private final List<Region> regions;
    private final List<Source> sources;
    private final Instant generated;

    private StanceReport(List<Position> positions, List<Party> parties, List<Proposal> proposals, List<Target> otherTargets, List<Stance> stances,
                         List<Entry> timeline, List<Region> regions, List<Source> sources, Instant generated) {
        this.positions = List.copyOf(positions);
        this.parties = List.copyOf(parties);
        this.proposals = List.copyOf(proposals);
        this.otherTargets = List.copyOf(otherTargets);
        this.stances = List.copyOf(stances);
        this.timeline = List.copyOf(timeline);
        this.regions = List.copyOf(regions);
        this.sources = List.copyOf(sources);
        this.generated = generated;
    }

    /** Reads the report from a store, in one read transaction (one consistent state). */
    public static StanceReport read(Store store) {
        Objects.requireNonNull(store, "store");
        return store.read(StanceReport::read);
    }

    /** Reads the report over a connection; the caller provides the transaction. */
    public static StanceReport read(RDFConnection conn) {
        Objects.requireNonNull(conn, "conn");
        List<Stance> stances = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        select(conn, "stances", r -> {
            if (!seen.add(r.s("stance"))) return;
            String rank = r.s("rank");
            stances.add(new Stance(r.s("stance"), r.s("holder"), r.s("target"), r.s("targetLabel"), r.s("targetKind"),
                    r.s("positionCode"), r.s("positionLabel"), rank == null ? 0 : Integer.parseInt(rank), r.s("speakerLabel"),
                    r.s("quote"), r.s("condition"), r.s("statedOn"), r.s("timeExpression"), r.s("validFrom"), r.s("validUntil"),
                    r.s("basisLabel"), r.s("confidenceLabel"), r.s("hedge"), r.s("attributedLabel"), r.s("sourceTitle"),
                    r.s("note"), r.s("supersededBy"), r.s("status"), r.s("datedBy"), r.s("dating")));
        });

        Map<String, Party> parties = new LinkedHashMap<>();
        select(conn, "parties", r -> parties.putIfAbsent(r.s("party"),
                new Party(r.s("party"), r.s("label"), r.s("kind"), r.s("representsLabel"))));

        Map<String, String[]> provenance = new LinkedHashMap<>();
        select(conn, "proposal-provenance", r -> provenance.putIfAbsent(r.s("proposal"), new String[] {r.s("basisLabel"), r.s("sourceTitle")}));
        Map<String, String[]> proposalRows = new LinkedHashMap<>();
        Map<String, Map<String, Target>> provisionsOf = new LinkedHashMap<>();
        select(conn, "provisions", r -> {
            String p = r.s("proposal");
            proposalRows.putIfAbsent(p, new String[] {r.s("proposalLabel"), r.s("authorLabel"), r.s("statusLabel"),
                    r.s("proposedOn"), r.s("proposalTime")});
            Map<String, Target> cols = provisionsOf.computeIfAbsent(p, k -> new LinkedHashMap<>());
            if (r.s("provision") != null)
                cols.putIfAbsent(r.s("provision"), new Target(r.s("provision"), "provision", r.s("provisionLabel"),
                        r.s("proposalLabel"), r.s("option"), r.s("issueLabel")));
        });
        List<Proposal> proposals = new ArrayList<>();
        proposalRows.forEach((iri, v) -> {
            String[] prov = provenance.getOrDefault(iri, new String[2]);
            proposals.add(new Proposal(iri, v[0], v[1], v[2], v[3], v[4], prov[0], prov[1], List.copyOf(provisionsOf.get(iri).values())));
        });
        proposals.sort(Comparator.comparing((Proposal p) -> p.proposedOn() == null ? "9999" : p.proposedOn()).thenComparing(Proposal::label));

        // Stance targets that no proposal or provision row shows get rows of their own.
        Map<String, Target> others = new LinkedHashMap<>();
        for (Stance s : stances) {
            boolean shown = proposals.stream().anyMatch(p -> p.iri().equals(s.target())
                    || p.provisions().stream().anyMatch(c -> c.covers(s.target())));
            if (!shown) others.putIfAbsent(s.target(), new Target(s.target(), s.targetKind() == null ? "target" : s.targetKind(),
                    s.targetLabel() == null ? s.target() : s.targetLabel(), "Other targets", null, null));
        }
        List<Target> otherTargets = new ArrayList<>(others.values());
        otherTargets.sort(Comparator.comparing(Target::label));

        List<Party> rows = new ArrayList<>(parties.values());
        rows.sort(partyOrder(rows));

        List<Entry> timeline = new ArrayList<>();
        Map<String, String> partyLabels = new LinkedHashMap<>();
        parties.values().forEach(p -> partyLabels.put(p.iri(), p.label()));
        for (Stance s : stances) {
            String who = partyLabels.getOrDefault(s.holder(), s.holder());
            String detail = s.quote() != null ? "“" + s.quote() + "”" + (s.speaker() != null ? " — " + s.speaker() : "")
                    : s.speaker() != null ? "speaker: " + s.speaker() : null;
            timeline.add(new Entry("statement", s.iri(), who + " " + s.positionLabel() + ": " + (s.targetLabel() == null ? s.target() : s.targetLabel()),
                    detail, s.statedOn(), s.timeExpression(), s.basis(), s.source()));
        }
        for (Proposal p : proposals) {
            String detail = Html.join(", ", p.author() == null ? null : "by " + p.author(), p.status(),
                    p.provisions().isEmpty() ? null : p.provisions().size() + " provision" + (p.provisions().size() == 1 ? "" : "s"));
            timeline.add(new Entry("proposal", p.iri(), p.label(), detail, p.proposedOn(), p.timeExpression(), p.basis(), p.source()));
        }
        Set<String> seenEvents = new LinkedHashSet<>();
        select(conn, "events", r -> {
            if (!seenEvents.add(r.s("event"))) return;
            String detail = Html.join(", ", r.s("typeLabel"), r.s("statusLabel"), r.s("placeLabel") == null ? null : "in " + r.s("placeLabel"));
            timeline.add(new Entry("event", r.s("event"), r.s("label"), detail, r.s("date"), r.s("timeExpression"),
                    r.s("basisLabel"), r.s("sourceTitle")));
        });
        timeline.sort(Entry.ORDER);

        Map<String, String[]> regionRows = new LinkedHashMap<>();
        Map<String, Set<Touch>> touches = new LinkedHashMap<>();
        select(conn, "regions", r -> {
            String iri = r.s("region");
            regionRows.putIfAbsent(iri, new String[] {r.s("label"), r.s("code"), r.s("deJureLabel")});
            Set<Touch> t = touches.computeIfAbsent(iri, k -> new LinkedHashSet<>());
            if (r.s("thing") != null) t.add(new Touch(r.s("thingKind"), r.s("thingLabel"), r.s("proposalLabel")));
        });
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Set<String> seenClaims = new LinkedHashSet<>();
        select(conn, "claims", r -> {
            if (!seenClaims.add(r.s("claim"))) return;
            claims.computeIfAbsent(r.s("region"), k -> new ArrayList<>()).add(new Claim(r.s("claim"), r.s("controllerLabel"),
                    r.s("share"), r.s("extentLabel"), r.s("kindCode"), r.s("kindLabel"), r.s("claimantLabel"), r.s("asOf"),
                    r.s("timeExpression"), r.s("basisLabel"), r.s("sourceTitle"), r.s("note")));
        });
        List<Region> regions = new ArrayList<>();
        regionRows.forEach((iri, v) -> regions.add(new Region(iri, v[0], v[1], v[2], List.copyOf(touches.get(iri)),
                claims.getOrDefault(iri, List.of()))));

        List<Source> sources = new ArrayList<>();
        Set<String> seenSources = new LinkedHashSet<>();
        select(conn, "sources", r -> {
            if (seenSources.add(r.s("source")))
                sources.add(new Source(r.s("source"), r.s("title"), r.s("publisher"), r.s("issued"), r.s("notBefore"), r.s("notAfter")));
        });
        List<Position> positions = new ArrayList<>();
        Set<String> seenPositions = new LinkedHashSet<>();
        select(conn, "positions", r -> {
            if (seenPositions.add(r.s("code")))
                positions.add(new Position(r.s("code"), r.s("label"), r.s("rank") == null ? 0 : Integer.parseInt(r.s("rank")), r.s("definition")));
        });
        return new StanceReport(positions, rows, proposals, otherTargets, stances, timeline, regions, sources, Instant.now());
    }

    /**
     * Columns: states and organizations by name, each followed by the groups that speak for it;
     * then the other groups by name, each followed by the groups that speak for it (European
     * officials after the European states they represent).
     */
    private static Comparator<Party> partyOrder(List<Party> parties) {
        Map<String, Party> byLabel = new HashMap<>();
        for (Party p : parties) byLabel.putIfAbsent(p.label(), p);
        // The party a column belongs with: the one it represents when that is a column too, else itself.
        java.util.function.Function<Party, Party> owner = p -> p.representsLabel() != null && byLabel.containsKey(p.representsLabel())
                ? byLabel.get(p.representsLabel()) : p;
        return Comparator
                .comparing((Party p) -> {
                    Party o = owner.apply(p);
                    return "group".equals(o.kind()) && (o.representsLabel() == null || o != p) ? 1 : 0;
                })
                .thenComparing(p -> p.representsLabel() != null ? p.representsLabel() : p.label(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(p -> p.representsLabel() != null ? 1 : 0)
                .thenComparing(Party::label, String.CASE_INSENSITIVE_ORDER);
    }

    /** The positions of the scale, most favourable first. */
    public List<Position> positions() {
        return positions;
    }

    /** The matrix columns. */
    public List<Party> parties() {
        return parties;
    }

    /** The proposals, each with its provisions. */
    public List<Proposal> proposals() {
        return proposals;
    }

    /** Rows for stance targets outside the proposals (mostly options no provision selects). */
    public List<Target> otherTargets() {
        return otherTargets;
    }

    /** Every matrix row, in order: per proposal the proposal itself then its provisions; then the other targets. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (Proposal p : proposals) {
            out.add(new Target(p.iri(), "proposal", p.label(), p.label(), null, null));
            out.addAll(p.provisions());
        }
        out.addAll(otherTargets);
        return out;
    }

    /** Every stance. */
    public List<Stance> stances() {
        return stances;
    }

    /** The stances a party holds on a target, most favourable first. */
    public List<Stance> cell(Party party, Target target) {
        return stances.stream().filter(s -> s.holder().equals(party.iri()) && target.covers(s.target()))
                .sorted(Comparator.comparingInt(Stance::rank).thenComparing(Stance::iri)).toList();
    }

    /** The timeline, in {@link Entry#ORDER}. */
    public List<Entry> timeline() {
        return timeline;
    }

    /** The regions, by name. */
    public List<Region> regions() {
        return regions;
    }

    /** The sources. */
    public List<Source> sources() {
        return sources;
    }

    /** When the report was read. */
    public Instant generated() {
        return generated;
    }

    /** The report as one self-contained HTML page (inline CSS, no scripts or assets from elsewhere). */
    public String html() {
        return html(null);
    }

    /**
     * The report as one self-contained HTML page, with links in its top bar.
     *
     * @param navigation HTML links for the top bar (a server's other pages), or null for none
     */
    public String html(String navigation) {
        return ReportHtml.render(this, navigation);
    }

    /** Writes {@link #html()} to a file. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- SPARQL

    /** One result row; {@link #s} gives a value as text (IRI or lexical form) or null. */
    private record Row(QuerySolution solution) {
        String s(String var) {
            RDFNode n = solution.get(var);
            if (n == null) return null;
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
        }
    }

    private static void select(RDFConnection conn, String name, Consumer<Row> rows) {
        try (QueryExecution qe = conn.query(query(name))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) rows.accept(new Row(rs.next()));
        }
    }

    /** The text of a report query, {@code org/w3id/parley/report/NAME.rq}. */
    static String query(String name) {
        return QueryRunner.resourceText(StanceReport.class, name);
    }
}
