package org.w3id.parley.json;

import org.w3id.parley.model.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.w3id.parley.model.Kinds.*;

/**
 * Rules that span records and files: every ID is unique within its kind across all files,
 * every reference names a record of the right kind, and each source is encoded once.
 *
 * <p>Vocabulary codes and field formats are checked earlier, by the records themselves.
 */
public final class Checker {
    /** Where a record is defined. */
    private record Site(InputFile file, String pointer) {}

    private final Map<String, Site> defined = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Checker() {}

    /**
     * Checks a set of files together.
     *
     * @param files        the parsed files
     * @param knownPax     slugs of the PA-X category concepts the ontology defines
     * @return every problem found, in file order; empty when the input is consistent
     */
    public static List<Problem> check(List<InputFile> files, Set<String> knownPax) {
        Checker c = new Checker();
        for (InputFile f : files) c.define(f);
        for (InputFile f : files) c.resolve(f, knownPax);
        return List.copyOf(c.problems);
    }

    private void define(InputFile f) {
        Document d = f.document();
        if (d.source() != null) def(f, SOURCE, d.source().id(), "/source/id");
        each(d.parties(), (r, p) -> def(f, PARTY, r.id(), p), "/parties");
        each(d.persons(), (r, p) -> {
            def(f, PERSON, r.id(), p);
            each(r.roles(), (role, rp) -> def(f, ROLE, role.id(), rp), p + "/roles");
        }, "/persons");
        each(d.regions(), (r, p) -> def(f, REGION, r.id(), p), "/regions");
        each(d.places(), (r, p) -> def(f, PLACE, r.id(), p), "/places");
        each(d.issues(), (r, p) -> def(f, ISSUE, r.id(), p), "/issues");
        each(d.options(), (r, p) -> def(f, OPTION, r.id(), p), "/options");
        each(d.proposals(), (r, p) -> {
            def(f, PROPOSAL, r.id(), p);
            each(r.provisions(), (pv, pp) -> def(f, PROVISION, pv.id(), pp), p + "/provisions");
        }, "/proposals");
        each(d.stances(), (r, p) -> def(f, STANCE, r.id(), p), "/stances");
        each(d.events(), (r, p) -> def(f, EVENT, r.id(), p), "/events");
        each(d.controlClaims(), (r, p) -> def(f, CLAIM, r.id(), p), "/controlClaims");
        each(d.constraints(), (r, p) -> def(f, CONSTRAINT, r.id(), p), "/constraints");
        each(d.targetDates(), (r, p) -> def(f, DEADLINE, r.id(), p), "/targetDates");
        each(d.openQuestions(), (r, p) -> def(f, QUESTION, r.id(), p), "/openQuestions");
        each(d.assessments(), (r, p) -> def(f, ASSESSMENT, r.id(), p), "/assessments");
    }

    private void resolve(InputFile f, Set<String> knownPax) {
        Document d = f.document();
        each(d.parties(), (r, p) -> {
            opt(f, PARTY, r.represents(), p + "/represents");
            if (r.represents() != null && r.represents().equals(r.id()))
                problems.add(f.problem(p + "/represents", "reference", "a party cannot represent itself"));
        }, "/parties");
        each(d.persons(), (r, p) -> each(r.roles(), (role, rp) -> {
            opt(f, PARTY, role.onBehalfOf(), rp + "/onBehalfOf");
            if (role.roleType().equals("commentator") && role.onBehalfOf() != null)
                problems.add(f.problem(rp + "/onBehalfOf", "reference",
                        "a commentator's role speaks for no party: drop 'onBehalfOf' or choose another roleType"));
        }, p + "/roles"), "/persons");
        each(d.regions(), (r, p) -> {
            opt(f, PARTY, r.deJureCountry(), p + "/deJureCountry");
            opt(f, REGION, r.partOf(), p + "/partOf");
        }, "/regions");
        each(d.places(), (r, p) -> opt(f, PARTY, r.country(), p + "/country"), "/places");
        each(d.issues(), (r, p) -> each(r.paxCategories(), (pax, pp) -> {
            if (!knownPax.contains(pax))
                problems.add(f.problem(pp, "reference", "unknown PA-X category \"" + pax + "\"; known: "
                        + knownPax.stream().sorted().toList()));
        }, p + "/paxCategories"), "/issues");
        each(d.options(), (r, p) -> {
            opt(f, ISSUE, r.issue(), p + "/issue");
            each(r.regions(), (s, sp) -> opt(f, REGION, s, sp), p + "/regions");
        }, "/options");
        each(d.proposals(), (r, p) -> {
            opt(f, PARTY, r.author(), p + "/author");
            opt(f, PERSON, r.authorPerson(), p + "/authorPerson");
            each(r.conveyedBy(), (s, sp) -> ref(f, s, sp), p + "/conveyedBy");
            each(r.conveyedTo(), (s, sp) -> ref(f, s, sp), p + "/conveyedTo");
            each(r.addressedTo(), (s, sp) -> opt(f, PARTY, s, sp), p + "/addressedTo");
            opt(f, EVENT, r.conveyedAt(), p + "/conveyedAt");
            reported(f, r, p);
            each(r.provisions(), (pv, pp) -> {
                opt(f, ISSUE, pv.issue(), pp + "/issue");
                opt(f, OPTION, pv.option(), pp + "/option");
                each(pv.regions(), (s, sp) -> opt(f, REGION, s, sp), pp + "/regions");
                Set<String> bound = new java.util.HashSet<>();
                exchanges(f, "provision/" + pv.id(), pv.inExchangeFor(), pp + "/inExchangeFor");
                each(pv.binds(), (o, op) -> {
                    opt(f, PARTY, o.party(), op + "/party");
                    if (!bound.add(o.party()))
                        problems.add(f.problem(op + "/party", "identity",
                                "party \"" + o.party() + "\" is bound twice by this provision: merge the obligations"));
                }, pp + "/binds");
            }, p + "/provisions");
        }, "/proposals");
        each(d.stances(), (r, p) -> {
            opt(f, PARTY, r.holder(), p + "/holder");
            opt(f, PERSON, r.speaker(), p + "/speaker");
            ref(f, r.target(), p + "/target");
            opt(f, STANCE, r.supersedes(), p + "/supersedes");
            opt(f, EVENT, r.statedAt(), p + "/statedAt");
            exchanges(f, r.target(), r.inExchangeFor(), p + "/inExchangeFor");
            reported(f, r, p);
        }, "/stances");
        each(d.events(), (r, p) -> {
            if (r.place() != null) ref(f, r.place(), p + "/place");
            Set<String> agents = new java.util.HashSet<>();
            each(r.participants(), (a, ap) -> {
                ref(f, a.agent(), ap + "/agent");
                if (!agents.add(a.agent()))
                    problems.add(f.problem(ap + "/agent", "identity", a.agent() + " is listed twice in this event"));
            }, p + "/participants");
            each(r.about(), (s, sp) -> ref(f, s, sp), p + "/about");
            reported(f, r, p);
        }, "/events");
        each(d.controlClaims(), (r, p) -> {
            opt(f, REGION, r.region(), p + "/region");
            opt(f, PARTY, r.controller(), p + "/controller");
            if (r.claimant() != null) ref(f, r.claimant(), p + "/claimant");
            if (r.kind().equals("claimed") && r.claimant() == null)
                problems.add(f.problem(p + "/claimant", "reference", "a claimed control claim needs its 'claimant'"));
            reported(f, r, p);
        }, "/controlClaims");
        each(d.constraints(), (r, p) -> {
            opt(f, PARTY, r.constrains(), p + "/constrains");
            each(r.about(), (s, sp) -> ref(f, s, sp), p + "/about");
            reported(f, r, p);
        }, "/constraints");
        each(d.targetDates(), (r, p) -> {
            if (r.holder() != null) ref(f, r.holder(), p + "/holder");
            each(r.about(), (s, sp) -> ref(f, s, sp), p + "/about");
            opt(f, EVENT, r.statedAt(), p + "/statedAt");
            reported(f, r, p);
        }, "/targetDates");
        each(d.openQuestions(), (r, p) -> {
            each(r.about(), (s, sp) -> ref(f, s, sp), p + "/about");
            reported(f, r, p);
        }, "/openQuestions");
        each(d.assessments(), (r, p) -> {
            if (r.assessor() != null) ref(f, r.assessor(), p + "/assessor");
            each(r.about(), (s, sp) -> ref(f, s, sp), p + "/about");
            opt(f, EVENT, r.statedAt(), p + "/statedAt");
            reported(f, r, p);
        }, "/assessments");
    }

    /** The terms given in exchange resolve, and a term is never traded for itself. */
    private void exchanges(InputFile f, String self, List<String> terms, String pointer) {
        each(terms, (t, tp) -> {
            ref(f, t, tp);
            if (t.equals(self))
                problems.add(f.problem(tp, "reference", t + " cannot be given in exchange for itself"));
        }, pointer);
    }

    private void reported(InputFile f, Reported r, String p) {
        if (r.attributedTo() != null) ref(f, r.attributedTo(), p + "/attributedTo");
    }

    private void def(InputFile f, String kind, String id, String pointer) {
        String key = kind + "/" + id;
        Site earlier = defined.putIfAbsent(key, new Site(f, pointer));
        if (earlier != null) {
            int[] at = earlier.file().index().locate(earlier.pointer());
            problems.add(f.problem(pointer + (kind.equals(SOURCE) ? "" : "/id"), "identity",
                    "duplicate " + kind + " ID \"" + id + "\": already defined at " + earlier.file().name() + ":"
                            + at[0] + ":" + at[1] + " " + earlier.pointer()));
        }
    }

    private void opt(InputFile f, String kind, String id, String pointer) {
        if (id == null) return;
        if (!defined.containsKey(kind + "/" + id))
            problems.add(f.problem(pointer, "reference", "unknown " + kind + " \"" + id + "\": no " + kind
                    + " with this ID is defined in the input"));
    }

    private void ref(InputFile f, String typed, String pointer) {
        int slash = typed.indexOf('/');
        opt(f, typed.substring(0, slash), typed.substring(slash + 1), pointer);
    }

    private interface Visit<T> {
        void at(T record, String pointer);
    }

    private static <T> void each(List<T> list, Visit<T> v, String pointer) {
        for (int i = 0; i < list.size(); i++) v.at(list.get(i), pointer + "/" + i);
    }
}
