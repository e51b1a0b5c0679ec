package org.w3id.parley.json;

import org.w3id.parley.model.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.w3id.parley.model.Kinds.*;

/**
 * Rules that span records and files: every ID is unique within its kind across all files,
 * every reference names a record of the right kind, and each source is encoded once.
 *
 * <p>Files are added one at a time and need not stay in memory: these rules keep only where
 * each ID is defined and which references are still to be resolved, so its memory grows with
 * the number of records, not with the size of the input.
 *
 * <p>Vocabulary codes and field formats are checked earlier, by the records themselves.
 */
public final class CrossRecordRules {
    /** Where a record is defined: the file's position in the input, the record's pointer and position. */
    private record Site(int file, String pointer, int line, int column) {}

    /** Every kind of record that has an ID, for naming what a mistyped reference's slug is instead. */
    private static final List<String> KINDS = List.of(SOURCE, PARTY, PERSON, ROLE, REGION, PLACE, ISSUE, OPTION,
            PROPOSAL, PROVISION, STANCE, EVENT, CLAIM, CONSTRAINT, DEADLINE, QUESTION, ASSESSMENT, RELATION, CONFIRMATION);

    /** A reference waiting for every definition to be known. */
    private record Pending(int file, String kind, String id, Problem where) {}

    private final Set<String> knownPax;
    private final Map<String, Site> defined = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Integer, Set<Integer>> dependencies = new HashMap<>();
    private final Map<Integer, Integer> records = new HashMap<>();
    /** Stances that supersede another, and regions part of another: checked for cycles at the end. */
    private final Map<String, Link> supersedes = new java.util.LinkedHashMap<>();
    private final Map<String, Link> partOf = new java.util.LinkedHashMap<>();
    /** The relations declared so far between each unordered pair of terms, for the excludes-vs-compatible rule. */
    private final Map<String, List<Declared>> relations = new HashMap<>();
    private int files;

    /** A declared relation between two terms, and where it is written (file name, line, column, pointer). */
    private record Declared(String relation, String at) {}

    /** A link from one record to another of its kind, and where it is written. */
    private record Link(String to, Problem where) {}

    /**
     * The rules for one input.
     *
     * @param knownPax slugs of the PA-X category concepts the ontology defines
     */
    public CrossRecordRules(Set<String> knownPax) {
        this.knownPax = Set.copyOf(knownPax);
    }

    /**
     * Checks a set of files together.
     *
     * @param files        the parsed files
     * @param knownPax     slugs of the PA-X category concepts the ontology defines
     * @return every problem found, in file order; empty when the input is consistent
     */
    public static List<Problem> check(List<InputFile> files, Set<String> knownPax) {
        CrossRecordRules c = new CrossRecordRules(knownPax);
        for (InputFile f : files) c.add(f);
        return c.finish(true);
    }

    /**
     * Adds the next file: records its IDs (reporting duplicates), checks the rules that need only
     * this file, and notes its references for {@link #finish}.
     *
     * @return the position of the file in the input (0 for the first file added)
     */
    public int add(InputFile f) {
        int at = files++;
        names.add(f.name());
        int before = defined.size();
        define(at, f);
        resolve(at, f);
        records.put(at, defined.size() - before);
        return at;
    }

    /** Number of records (objects with an ID) the file at {@code position} defines, duplicates excluded. */
    public int records(int position) {
        return records.getOrDefault(position, 0);
    }

    /** The records defined so far, each as {@code kind/id} (the tail of its entity IRI). */
    public Set<String> defined() {
        return java.util.Collections.unmodifiableSet(defined.keySet());
    }

    /** Number of problems found so far (dangling references are only found by {@link #finish}). */
    public int problemCount() {
        return problems.size();
    }

    /**
     * Resolves every reference noted so far.
     *
     * @param complete whether every input file was added; when one could not be read, references
     *                 are not resolved, since their targets may be in the unreadable file
     * @return every problem found, in the order found
     */
    public List<Problem> finish(boolean complete) {
        if (complete) {
            cycles(supersedes, "stance", "supersedes", "a stance can only replace one stated before it");
            cycles(partOf, "region", "is part of", "a region can only be part of one larger than itself");
            for (Pending p : pending) {
                Site site = defined.get(p.kind() + "/" + p.id());
                if (site == null) {
                    Problem w = p.where();
                    problems.add(new Problem(w.file(), w.line(), w.column(), w.pointer(), w.rule(), unknown(p.kind(), p.id())));
                } else {
                    depends(p.file(), site);
                }
            }
        }
        pending.clear();
        supersedes.clear();
        partOf.clear();
        relations.clear();
        return List.copyOf(problems);
    }

    /**
     * Reports each cycle of links once, at the link of the record where it was entered first
     * (a link to the record itself is reported where it is written).
     */
    private void cycles(Map<String, Link> links, String kind, String verb, String rule) {
        Set<String> done = new java.util.HashSet<>();
        for (String start : links.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new java.util.HashSet<>();
            String at = start;
            while (at != null && !done.contains(at) && onPath.add(at)) {
                path.add(at);
                Link l = links.get(at);
                at = l == null ? null : l.to();
            }
            if (at != null && !done.contains(at)) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
                cycle.add(at);
                Problem w = links.get(at).where();
                problems.add(new Problem(w.file(), w.line(), w.column(), w.pointer(), "reference", kind + " \"" + at + "\" "
                        + verb + " itself through others: " + String.join(" → ", cycle) + "; " + rule));
            }
            done.addAll(path);
        }
    }

    /**
     * The files whose records the file at {@code position} refers to (known after {@link #finish}).
     *
     * @return positions of those files, in input order
     */
    public Set<Integer> dependencies(int position) {
        return dependencies.getOrDefault(position, Set.of());
    }

    private String unknown(String kind, String id) {
        String msg = "unknown " + kind + " \"" + id + "\": no " + kind + " with this ID is defined in the input";
        List<String> others = KINDS.stream().filter(k -> !k.equals(kind) && defined.containsKey(k + "/" + id)).toList();
        if (!others.isEmpty())
            msg += "; \"" + id + "\" is " + String.join(" and ", others.stream().sorted()
                    .map(k -> (k.matches("[aeiou].*") ? "an " : "a ") + k).toList());
        return msg;
    }

    private void define(int at, InputFile f) {
        Document d = f.document();
        if (d.source() != null) def(at, f, SOURCE, d.source().id(), "/source");
        each(d.parties(), (r, p) -> def(at, f, PARTY, r.id(), p), "/parties");
        each(d.persons(), (r, p) -> {
            def(at, f, PERSON, r.id(), p);
            each(r.roles(), (role, rp) -> def(at, f, ROLE, role.id(), rp), p + "/roles");
        }, "/persons");
        each(d.regions(), (r, p) -> def(at, f, REGION, r.id(), p), "/regions");
        each(d.places(), (r, p) -> def(at, f, PLACE, r.id(), p), "/places");
        each(d.issues(), (r, p) -> def(at, f, ISSUE, r.id(), p), "/issues");
        each(d.options(), (r, p) -> def(at, f, OPTION, r.id(), p), "/options");
        each(d.proposals(), (r, p) -> {
            def(at, f, PROPOSAL, r.id(), p);
            each(r.provisions(), (pv, pp) -> def(at, f, PROVISION, pv.id(), pp), p + "/provisions");
        }, "/proposals");
        each(d.stances(), (r, p) -> def(at, f, STANCE, r.id(), p), "/stances");
        each(d.events(), (r, p) -> def(at, f, EVENT, r.id(), p), "/events");
        each(d.controlClaims(), (r, p) -> def(at, f, CLAIM, r.id(), p), "/controlClaims");
        each(d.constraints(), (r, p) -> def(at, f, CONSTRAINT, r.id(), p), "/constraints");
        each(d.targetDates(), (r, p) -> def(at, f, DEADLINE, r.id(), p), "/targetDates");
        each(d.openQuestions(), (r, p) -> def(at, f, QUESTION, r.id(), p), "/openQuestions");
        each(d.assessments(), (r, p) -> def(at, f, ASSESSMENT, r.id(), p), "/assessments");
        each(d.termRelations(), (r, p) -> def(at, f, RELATION, r.id(), p), "/termRelations");
        each(d.confirmations(), (r, p) -> def(at, f, CONFIRMATION, r.id(), p), "/confirmations");
    }

    private void resolve(int at, InputFile f) {
        Document d = f.document();
        each(d.parties(), (r, p) -> {
            opt(at, f, PARTY, r.represents(), p + "/represents");
            if (r.represents() != null && r.represents().is(r.id()))
                problems.add(f.problem(p + "/represents", "reference", "a party cannot represent itself"));
        }, "/parties");
        each(d.persons(), (r, p) -> each(r.roles(), (role, rp) -> {
            opt(at, f, PARTY, role.onBehalfOf(), rp + "/onBehalfOf");
            opt(at, f, PARTY, role.connectedTo(), rp + "/connectedTo");
            if (RoleType.COMMENTATOR.code().equals(role.roleType()) && role.onBehalfOf() != null)
                problems.add(f.problem(rp + "/onBehalfOf", "reference",
                        "a commentator's role speaks for no party: drop 'onBehalfOf' or choose another roleType"));
        }, p + "/roles"), "/persons");
        each(d.regions(), (r, p) -> {
            opt(at, f, PARTY, r.deJureCountry(), p + "/deJureCountry");
            opt(at, f, REGION, r.partOf(), p + "/partOf");
            link(f, partOf, r.id(), r.partOf(), p + "/partOf", "a region cannot be part of itself");
        }, "/regions");
        each(d.places(), (r, p) -> opt(at, f, PARTY, r.country(), p + "/country"), "/places");
        each(d.issues(), (r, p) -> each(r.paxCategories(), (pax, pp) -> {
            if (!knownPax.contains(pax))
                problems.add(f.problem(pp, "reference", "unknown PA-X category \"" + pax + "\"; known: "
                        + knownPax.stream().sorted().toList()));
        }, p + "/paxCategories"), "/issues");
        each(d.options(), (r, p) -> {
            opt(at, f, ISSUE, r.issue(), p + "/issue");
            each(r.regions(), (s, sp) -> opt(at, f, REGION, s, sp), p + "/regions");
        }, "/options");
        each(d.proposals(), (r, p) -> {
            opt(at, f, PARTY, r.author(), p + "/author");
            Set<Slug> authors = new java.util.HashSet<>(Set.of(r.author()));
            each(r.coAuthors(), (s, sp) -> {
                opt(at, f, PARTY, s, sp);
                if (s.equals(r.author()))
                    problems.add(f.problem(sp, "identity", "party \"" + s + "\" is the proposal's 'author': list only the"
                            + " other authors in 'coAuthors'"));
                else if (!authors.add(s))
                    problems.add(f.problem(sp, "identity", "party \"" + s + "\" is listed twice in 'coAuthors'"));
            }, p + "/coAuthors");
            opt(at, f, PERSON, r.authorPerson(), p + "/authorPerson");
            each(r.conveyedBy(), (s, sp) -> ref(at, f, s, sp), p + "/conveyedBy");
            each(r.conveyedTo(), (s, sp) -> ref(at, f, s, sp), p + "/conveyedTo");
            each(r.addressedTo(), (s, sp) -> opt(at, f, PARTY, s, sp), p + "/addressedTo");
            opt(at, f, EVENT, r.conveyedAt(), p + "/conveyedAt");
            opt(at, f, EVENT, r.proposesEvent(), p + "/proposesEvent");
            each(r.sameOfferAs(), (s, sp) -> {
                opt(at, f, PROPOSAL, s, sp);
                if (s.is(r.id()))
                    problems.add(f.problem(sp, "reference", "a proposal cannot be the same offer as itself"));
            }, p + "/sameOfferAs");
            notAfterPublication(f, d.source(), r.proposedOn(), "proposedOn", "a proposal", p + "/proposedOn");
            reported(at, f, r, p);
            each(r.provisions(), (pv, pp) -> {
                opt(at, f, ISSUE, pv.issue(), pp + "/issue");
                opt(at, f, OPTION, pv.option(), pp + "/option");
                each(pv.regions(), (s, sp) -> opt(at, f, REGION, s, sp), pp + "/regions");
                Set<Slug> bound = new java.util.HashSet<>();
                exchanges(at, f, "provision/" + pv.id(), pv.inExchangeFor(), pp + "/inExchangeFor");
                refsBut(at, f, PROVISION + "/" + pv.id(), pv.requiredBefore(), pp + "/requiredBefore",
                        "a provision cannot be required before itself");
                each(pv.binds(), (o, op) -> {
                    opt(at, f, PARTY, o.party(), op + "/party");
                    if (!bound.add(o.party()))
                        problems.add(f.problem(op + "/party", "identity",
                                "party \"" + o.party() + "\" is bound twice by this provision: merge the obligations"));
                }, pp + "/binds");
            }, p + "/provisions");
        }, "/proposals");
        each(d.stances(), (r, p) -> {
            opt(at, f, PARTY, r.holder(), p + "/holder");
            opt(at, f, PERSON, r.speaker(), p + "/speaker");
            ref(at, f, r.target(), p + "/target");
            refsBut(at, f, STANCE + "/" + r.id(), r.conditionOn(), p + "/conditionOn", "a stance cannot be conditioned on itself");
            opt(at, f, STANCE, r.supersedes(), p + "/supersedes");
            link(f, supersedes, r.id(), r.supersedes(), p + "/supersedes", "a stance cannot supersede itself");
            notAfterPublication(f, d.source(), r.statedOn(), "statedOn", "a statement", p + "/statedOn");
            opt(at, f, EVENT, r.statedAt(), p + "/statedAt");
            exchanges(at, f, r.target().toString(), r.inExchangeFor(), p + "/inExchangeFor");
            reported(at, f, r, p);
        }, "/stances");
        each(d.events(), (r, p) -> {
            if (r.place() != null) ref(at, f, r.place(), p + "/place");
            Set<Ref> agents = new java.util.HashSet<>();
            each(r.participants(), (a, ap) -> {
                ref(at, f, a.agent(), ap + "/agent");
                opt(at, f, PARTY, a.onBehalfOf(), ap + "/onBehalfOf");
                if (!agents.add(a.agent()))
                    problems.add(f.problem(ap + "/agent", "identity", a.agent() + " is listed twice in this event"));
            }, p + "/participants");
            each(r.about(), (s, sp) -> ref(at, f, s, sp), p + "/about");
            reported(at, f, r, p);
        }, "/events");
        each(d.controlClaims(), (r, p) -> {
            opt(at, f, REGION, r.region(), p + "/region");
            opt(at, f, PARTY, r.controller(), p + "/controller");
            if (r.claimant() != null) ref(at, f, r.claimant(), p + "/claimant");
            if (ClaimKind.CLAIMED.code().equals(r.kind()) && r.claimant() == null)
                problems.add(f.problem(p + "/claimant", "reference", "a claimed control claim needs its 'claimant'"));
            reported(at, f, r, p);
        }, "/controlClaims");
        each(d.constraints(), (r, p) -> {
            opt(at, f, PARTY, r.constrains(), p + "/constrains");
            each(r.about(), (s, sp) -> ref(at, f, s, sp), p + "/about");
            reported(at, f, r, p);
        }, "/constraints");
        each(d.targetDates(), (r, p) -> {
            if (r.holder() != null) ref(at, f, r.holder(), p + "/holder");
            each(r.about(), (s, sp) -> ref(at, f, s, sp), p + "/about");
            opt(at, f, EVENT, r.statedAt(), p + "/statedAt");
            reported(at, f, r, p);
        }, "/targetDates");
        each(d.openQuestions(), (r, p) -> {
            each(r.about(), (s, sp) -> ref(at, f, s, sp), p + "/about");
            reported(at, f, r, p);
        }, "/openQuestions");
        each(d.assessments(), (r, p) -> {
            if (r.assessor() != null) ref(at, f, r.assessor(), p + "/assessor");
            each(r.about(), (s, sp) -> ref(at, f, s, sp), p + "/about");
            opt(at, f, EVENT, r.statedAt(), p + "/statedAt");
            reported(at, f, r, p);
        }, "/assessments");
        each(d.termRelations(), (r, p) -> {
            ref(at, f, r.from(), p + "/from");
            ref(at, f, r.to(), p + "/to");
            if (r.from().equals(r.to()))
                problems.add(f.problem(p + "/to", "reference", "a term cannot be related to itself"));
            else declared(f, r, p);
        }, "/termRelations");
        each(d.confirmations(), (r, p) -> {
            ref(at, f, r.record(), p + "/record");
            ref(at, f, r.by(), p + "/by");
            reported(at, f, r, p);
        }, "/confirmations");
    }

    /**
     * Notes a declared relation between two terms; a pair declared to exclude each other must not
     * also be declared compatible, nor the one to entail the other, anywhere in the input. The
     * later declaration is reported, naming the earlier one.
     */
    private void declared(InputFile f, TermRelation r, String p) {
        String from = r.from().toString(), to = r.to().toString();
        String pair = from.compareTo(to) < 0 ? from + " " + to : to + " " + from;
        List<Declared> earlier = relations.computeIfAbsent(pair, k -> new ArrayList<>());
        String excludes = RelationType.EXCLUDES.code(), refines = RelationType.REFINES.code();
        for (Declared e : earlier) {
            if (excludes.equals(r.relation()) == excludes.equals(e.relation()) || refines.equals(e.relation())
                    || refines.equals(r.relation()))
                continue;
            problems.add(f.problem(p + "/relation", "reference", r.from() + " and " + r.to() + " are declared both \""
                    + r.relation() + "\" here and \"" + e.relation() + "\" at " + e.at() + ": terms that exclude each"
                    + " other can be neither compatible nor entail one another"));
            break;
        }
        int[] loc = f.index().locate(p);
        earlier.add(new Declared(r.relation(), f.name() + ":" + loc[0] + ":" + loc[1] + " " + p));
    }

    /** Notes a link for the cycle check; a link to the record itself is a problem at once. */
    private void link(InputFile f, Map<String, Link> links, String from, Slug to, String pointer, String self) {
        if (to == null) return;
        if (to.is(from)) problems.add(f.problem(pointer, "reference", self));
        else links.putIfAbsent(from, new Link(to.toString(), f.problem(pointer, "reference", "")));
    }

    /**
     * A date of what the source reports must not be after the source's publication (its
     * {@code published} date, else its {@code publishedNotAfter} bound): a source cannot report
     * what had not happened yet, so such a date is a typo in one of the two.
     */
    private void notAfterPublication(InputFile f, Source source, PartialDate date, String field, String what, String pointer) {
        if (date == null || source == null) return;
        PartialDate latest = source.published() != null ? source.published() : source.publishedNotAfter();
        if (latest == null || !date.start().isAfter(latest.end())) return;
        problems.add(f.problem(pointer, "structure", "'" + field + "' = " + date + " is after the source was published ("
                + (source.published() != null ? "published" : "publishedNotAfter") + " = " + latest + "): a source cannot"
                + " report " + what + " made after it; check both dates"));
    }

    /** The terms given in exchange resolve, and a term is never traded for itself. */
    private void exchanges(int at, InputFile f, String self, List<Ref> terms, String pointer) {
        refsBut(at, f, self, terms, pointer, self + " cannot be given in exchange for itself");
    }

    /** Typed references that all resolve and none of which is {@code self}, which is reported with {@code message}. */
    private void refsBut(int at, InputFile f, String self, List<Ref> refs, String pointer, String message) {
        each(refs, (t, tp) -> {
            ref(at, f, t, tp);
            if (t.toString().equals(self)) problems.add(f.problem(tp, "reference", message));
        }, pointer);
    }

    private void reported(int at, InputFile f, Reported r, String p) {
        if (r.attributedTo() != null) ref(at, f, r.attributedTo(), p + "/attributedTo");
    }

    private void def(int at, InputFile f, String kind, String id, String pointer) {
        String key = kind + "/" + id;
        int[] loc = f.index().locate(pointer);
        Site earlier = defined.putIfAbsent(key, new Site(at, pointer, loc[0], loc[1]));
        if (earlier != null) {
            problems.add(f.problem(pointer + "/id", "identity",
                    "duplicate " + kind + " ID \"" + id + "\": already defined at " + names.get(earlier.file()) + ":"
                            + earlier.line() + ":" + earlier.column() + " " + earlier.pointer()));
        }
    }

    /**
     * Notes a reference: resolved at once when its record is already defined (most references
     * name reference data, read first), kept for {@link #finish} otherwise, so that memory holds
     * only the references that point forward.
     */
    private void opt(int at, InputFile f, String kind, String id, String pointer) {
        if (id == null) return;
        Site site = defined.get(kind + "/" + id);
        if (site == null) pending.add(new Pending(at, kind, id, f.problem(pointer, "reference", "")));
        else depends(at, site);
    }

    private void opt(int at, InputFile f, String kind, Slug id, String pointer) {
        if (id != null) opt(at, f, kind, id.toString(), pointer);
    }

    private void depends(int at, Site site) {
        if (site.file() != at) dependencies.computeIfAbsent(at, k -> new TreeSet<>()).add(site.file());
    }

    private void ref(int at, InputFile f, Ref typed, String pointer) {
        opt(at, f, typed.kind(), typed.slug(), pointer);
    }

    private interface Visit<T> {
        void at(T record, String pointer);
    }

    private static <T> void each(List<T> list, Visit<T> v, String pointer) {
        for (int i = 0; i < list.size(); i++) v.at(list.get(i), pointer + "/" + i);
    }
}
