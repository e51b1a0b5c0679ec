package org.w3id.parley.rdf;

import org.w3id.parley.model.Document;
import org.w3id.parley.model.Person;
import org.w3id.parley.model.Proposal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.w3id.parley.model.Kinds.*;

/**
 * The English labels of the records of one input, by typed reference ({@code party/russia}).
 *
 * <p>Stances, control claims and participations have no label of their own in the JSON input;
 * the mapper names them after what they link ("Ukraine: red line — Ukraine recognises Crimea as
 * Russian territory"), which often lives in another file (parties and persons are reference
 * data). A reference whose record is not in the input is named by its slug.
 *
 * <pre>{@code
 * Labels labels = Labels.of(List.of(reference, source));
 * labels.of("party/russia");   // "Russia"
 * }</pre>
 */
public final class Labels {
    private final Map<String, String> byRef;

    private Labels(Map<String, String> byRef) {
        this.byRef = Map.copyOf(byRef);
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
        }
        return new Labels(m);
    }

    /** The labels of several inputs together (later ones win on the same reference). */
    public static Labels merge(Collection<Labels> parts) {
        Map<String, String> m = new HashMap<>();
        for (Labels l : parts) m.putAll(l.byRef);
        return new Labels(m);
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
        return label != null ? label : typedRef.substring(typedRef.indexOf('/') + 1);
    }

    /**
     * The label of a record of a kind.
     *
     * @param kind a kind from {@link org.w3id.parley.model.Kinds}
     * @param slug the record's slug
     * @return its label, or the slug when the input does not define it
     */
    public String of(String kind, String slug) {
        return of(kind + "/" + slug);
    }
}
