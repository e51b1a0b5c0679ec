package org.w3id.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.model.Code;
import org.w3id.parley.model.Confirmation;
import org.w3id.parley.model.ConfirmationStatus;
import org.w3id.parley.model.ControlClaim;
import org.w3id.parley.model.ControlExtent;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.Person;
import org.w3id.parley.model.Position;
import org.w3id.parley.model.Proposal;
import org.w3id.parley.model.Ref;
import org.w3id.parley.model.Slug;
import org.w3id.parley.model.Stance;
import org.w3id.parley.model.RelationType;
import org.w3id.parley.model.TermRelation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static org.w3id.parley.model.Kinds.*;

/**
 * The English labels of the records of one input, by typed reference ({@code party/russia}).
 *
 * <p>Stances, control claims, participations, term relations and confirmations have no label of
 * their own in the JSON input (a term relation may); the mapper names them after what they link
 * ("Ukraine: red line — Ukraine recognises Crimea as Russian territory"), which often lives in
 * another file (parties and persons are reference data). Such generated labels are made when
 * asked for, from the labels of the whole input, so a confirmation of another file's stance is
 * named after that stance. A reference whose record is not in the input is named by its slug.
 *
 * <pre>{@code
 * Labels labels = Labels.of(List.of(reference, source));
 * labels.of("party/russia");   // "Russia"
 * }</pre>
 */
public final class Labels {
    private final Map<String, String> byRef;
    /** Labels made from the labels of what a record links, computed against all labels when asked for. */
    private final Map<String, Function<Labels, String>> generated;

    private Labels(Map<String, String> byRef, Map<String, Function<Labels, String>> generated) {
        this.byRef = Map.copyOf(byRef);
        this.generated = Map.copyOf(generated);
    }

    /**
     * Collects the labels of every record in the documents.
     *
     * @param documents the documents of one input
     * @return the labels by typed reference
     */
    public static Labels of(Collection<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        Map<String, String> m = new HashMap<>();
        Map<String, Function<Labels, String>> g = new HashMap<>();
        for (Document d : documents) {
            if (d.source() != null) m.put(SOURCE + "/" + d.source().id(), d.source().title());
            d.parties().forEach(r -> m.put(PARTY + "/" + r.id(), r.label()));
            for (Person p : d.persons()) {
                m.put(PERSON + "/" + p.id(), p.label());
                p.roles().forEach(r -> m.put(ROLE + "/" + r.id(), p.label() + ": " + r.office()));
            }
            d.regions().forEach(r -> m.put(REGION + "/" + r.id(), r.label()));
            d.places().forEach(r -> m.put(PLACE + "/" + r.id(), r.label()));
            d.issues().forEach(r -> m.put(ISSUE + "/" + r.id(), r.label()));
            d.options().forEach(r -> m.put(OPTION + "/" + r.id(), r.label()));
            for (Proposal p : d.proposals()) {
                m.put(PROPOSAL + "/" + p.id(), p.label());
                p.provisions().forEach(r -> m.put(PROVISION + "/" + r.id(), r.label()));
            }
            d.events().forEach(r -> m.put(EVENT + "/" + r.id(), r.label()));
            d.constraints().forEach(r -> m.put(CONSTRAINT + "/" + r.id(), r.label()));
            d.targetDates().forEach(r -> m.put(DEADLINE + "/" + r.id(), r.label()));
            d.openQuestions().forEach(r -> m.put(QUESTION + "/" + r.id(), r.question()));
            d.assessments().forEach(r -> m.put(ASSESSMENT + "/" + r.id(), r.statement()));
            d.stances().forEach(r -> g.put(STANCE + "/" + r.id(), l -> stance(r, l)));
            d.controlClaims().forEach(r -> g.put(CLAIM + "/" + r.id(), l -> claim(r, l)));
            d.termRelations().forEach(r -> g.put(RELATION + "/" + r.id(), l -> relation(r, l)));
            d.confirmations().forEach(r -> g.put(CONFIRMATION + "/" + r.id(), l -> confirmation(r, l)));
        }
        return new Labels(m, g);
    }

    /** The labels of several inputs together (later ones win on the same reference). */
    public static Labels merge(Collection<Labels> parts) {
        Map<String, String> m = new HashMap<>();
        Map<String, Function<Labels, String>> g = new HashMap<>();
        for (Labels l : parts) {
            m.putAll(l.byRef);
            g.putAll(l.generated);
        }
        return new Labels(m, g);
    }

    /** The labels of a single document's own records. */
    public static Labels of(Document document) {
        return of(List.of(Objects.requireNonNull(document, "document")));
    }

    /**
     * The label of a typed reference.
     *
     * @param typedRef {@code kind/slug}
     * @return its label, or its slug when the input does not define it
     */
    public String of(String typedRef) {
        String label = byRef.get(typedRef);
        if (label != null) return label;
        Function<Labels, String> made = generated.get(typedRef);
        return made != null ? made.apply(this) : typedRef.substring(typedRef.indexOf('/') + 1);
    }

    /** The label of a typed reference, or its slug when the input does not define it. */
    public String of(Ref ref) {
        return of(ref.toString());
    }

    /**
     * The label of a record of a kind.
     *
     * @param kind a kind from {@link org.w3id.parley.model.Kinds}
     * @param slug the record's slug
     * @return its label, or the slug when the input does not define it
     */
    public String of(String kind, Slug slug) {
        return of(kind + "/" + slug);
    }

    /** "Ukraine: red line — Ukraine recognises Crimea as Russian territory". */
    static String stance(Stance r, Labels l) {
        return l.of(PARTY, r.holder()) + ": " + Code.of(Position.class, r.position()).label() + " — " + l.of(r.target());
    }

    /** "Kursk Oblast: 99.5% controlled by Russia (claimed by Russia)". */
    static String claim(ControlClaim r, Labels l) {
        String how = r.sharePercent() != null ? r.sharePercent().toPlainString() + "% controlled"
                : r.extent() == null ? "controlled"
                : switch (Code.of(ControlExtent.class, r.extent())) {
                    case FULL -> "fully controlled";
                    case PARTIAL -> "partly controlled";
                    case UNKNOWN -> "controlled, to an unknown extent,";
                };
        String who = r.kind() + (r.claimant() == null ? "" : " by " + l.of(r.claimant()));
        return l.of(REGION, r.region()) + ": " + how + " by " + l.of(PARTY, r.controller()) + " (" + who + ")";
    }

    /** The given label, else "Crimea recognised as Russian by Ukraine refines Russian control of Crimea recognised". */
    static String relation(TermRelation r, Labels l) {
        if (r.label() != null) return r.label();
        String verb = RelationType.COMPATIBLE.code().equals(r.relation()) ? "is compatible with" : r.relation();
        return l.of(r.from()) + " " + verb + " " + l.of(r.to());
    }

    /** "Russia: not confirmed — Russia's demand to withdraw". */
    static String confirmation(Confirmation r, Labels l) {
        return l.of(r.by()) + ": " + Code.of(ConfirmationStatus.class, r.status()).label() + " — " + l.of(r.record());
    }

    /**
     * A JSON code as words: "head-of-delegation" becomes "head of delegation". Participations are
     * labelled with their status code in words, not the concept's label: the withdrawn status's
     * label is "withdrew", and the labels already published say "withdrawn".
     */
    static String words(String code) {
        return code.replace('-', ' ');
    }

    /**
     * The label to show for {@code n} in {@code union}: an English {@code rdfs:label}, else any
     * {@code rdfs:label}, else an English {@code skos:prefLabel}, else any; the smallest text
     * among equals; or null. Entity pages and the home page show the same label this way.
     */
    public static String best(Graph union, Node n) {
        List<Node> properties = List.of(RDFS.label.asNode(),
                SKOS.prefLabel.asNode());
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < properties.size(); i++) {
            for (Triple t : union.find(n, properties.get(i), Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isLiteral()) continue;
                int rank = i * 2 + ("en".equalsIgnoreCase(o.getLiteralLanguage()) ? 0 : 1);
                String text = o.getLiteralLexicalForm();
                if (rank < bestRank || (rank == bestRank && text.compareTo(best) < 0)) {
                    best = text;
                    bestRank = rank;
                }
            }
        }
        return best;
    }
}
