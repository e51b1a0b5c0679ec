package org.w3id.parley.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.model.*;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.w3id.parley.model.Kinds.*;

/**
 * Maps one input document to quads in its named graph: reference data to
 * {@link Ids#REFERENCE_GRAPH}, a source document to {@link Ids#sourceGraph(String)}.
 *
 * <p>The mapping is a pure function of the records: the same document always gives the same
 * quads, with no blank nodes (nested records such as roles, provisions, obligations and
 * participations get IRIs derived from their IDs), so re-imports and graph replacement are exact.
 *
 * <p>Every entity gets an English {@code rdfs:label}, so that a dump reads as a list of named
 * records. Stances, control claims, participations, confirmations and (unless given one) term
 * relations have no label in the input; theirs is made from the labels of what they link
 * ({@link Labels}), and says nothing the record does not.
 *
 * <p>A declared relation between terms is a {@code parley:TermRelation} node and, so that queries
 * can follow it without the node, a direct triple between the terms; the symmetric ones
 * ({@code excludes}, {@code compatibleWith}) and {@code sameOfferAs} are written both ways.
 */
public final class Mapper {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SCHEMA = "https://schema.org/";
    private static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    private static final Node SCHEMA_URL = uri(SCHEMA + "url");
    private static final Node PAX_BASE = uri(Ids.ID_BASE + "pax/");
    private static final Node ISSUE_SCHEME = uri(Ids.ID_BASE + "scheme/issues");
    private static final Node OPTION_SCHEME = uri(Ids.ID_BASE + "scheme/options");

    private final Node graph;
    private final Node source;
    private final String lang;
    private final Consumer<Quad> out;
    private final BiConsumer<Node, String> origins;
    private final Labels labels;
    /** The concept schemes described so far: each is described with its first concept. */
    private final java.util.Set<Node> describedSchemes = new java.util.HashSet<>();

    private Mapper(Node graph, Node source, String lang, Consumer<Quad> out, BiConsumer<Node, String> origins,
                   Labels labels) {
        this.graph = graph;
        this.source = source;
        this.lang = lang;
        this.out = out;
        this.origins = origins;
        this.labels = labels;
    }

    /** The named graph a document's quads go to. */
    public static String graphOf(Document doc) {
        return doc.hasSource() ? Ids.sourceGraph(doc.source().id()) : Ids.REFERENCE_GRAPH;
    }

    /**
     * Maps a document that is imported together with others.
     *
     * @param doc     the document
     * @param out     receives each quad
     * @param origins receives each record entity with the JSON pointer of its record (for error tracing)
     * @param labels  the labels of every record of the input, for the generated labels of stances,
     *                control claims and participations
     */
    public static void map(Document doc, Consumer<Quad> out, BiConsumer<Node, String> origins, Labels labels) {
        Node g = uri(graphOf(doc));
        Node src = doc.source() != null ? Ids.node(SOURCE, doc.source().id()) : null;
        String lang = doc.source() != null ? doc.source().language() : "en";
        new Mapper(g, src, lang, out, origins, Objects.requireNonNull(labels, "labels")).document(doc);
    }

    /**
     * Maps a document on its own; references to records of other files are labelled by their slugs.
     *
     * @param doc     the document
     * @param out     receives each quad
     * @param origins receives each entity with the JSON pointer of the object it comes from (for error tracing)
     */
    public static void map(Document doc, Consumer<Quad> out, BiConsumer<Node, String> origins) {
        map(doc, out, origins, Labels.of(doc));
    }

    /** Maps a document, ignoring origins. */
    public static void map(Document doc, Consumer<Quad> out) {
        map(doc, out, (n, p) -> {});
    }

    private void document(Document d) {
        if (d.hasSource()) source(d.source());
        each(d.parties(), "/parties", this::party);
        each(d.persons(), "/persons", this::person);
        each(d.regions(), "/regions", this::region);
        each(d.places(), "/places", this::place);
        each(d.issues(), "/issues", this::issue);
        each(d.options(), "/options", this::option);
        each(d.proposals(), "/proposals", this::proposal);
        each(d.stances(), "/stances", this::stance);
        each(d.events(), "/events", this::event);
        each(d.controlClaims(), "/controlClaims", this::claim);
        each(d.constraints(), "/constraints", this::constraint);
        each(d.targetDates(), "/targetDates", this::targetDate);
        each(d.openQuestions(), "/openQuestions", this::question);
        each(d.assessments(), "/assessments", this::assessment);
        each(d.termRelations(), "/termRelations", this::relation);
        each(d.confirmations(), "/confirmations", this::confirmation);
    }

    private void source(Source s) {
        Node n = Ids.node(SOURCE, s.id());
        origins.accept(n, "/source");
        type(n, PARLEY.Source);
        addLang(n, DCTerms.title.asNode(), s.title());
        addLang(n, RDFS.label.asNode(), s.title());
        addPlain(n, DCTerms.publisher.asNode(), s.publisher());
        if (s.url() != null) add(n, SCHEMA_URL, uri(s.url()));
        addPlain(n, DCTerms.language.asNode(), s.language());
        addDate(n, DCTerms.issued.asNode(), s.published());
        addDate(n, p(PARLEY.publishedNotBefore), s.publishedNotBefore());
        addDate(n, p(PARLEY.publishedNotAfter), s.publishedNotAfter());
        addEn(n, p(PARLEY.datingNote), s.datingNote());
        addEn(n, RDFS.comment.asNode(), s.note());
    }

    private void party(Party r, String ptr) {
        Node n = entity(PARTY, r.id(), ptr);
        type(n, term(PartyType.class, r.type()));
        addEn(n, RDFS.label.asNode(), r.label());
        for (String alt : r.altLabels()) addEn(n, SKOS.altLabel.asNode(), alt);
        wikidata(n, r.wikidata());
        addPlain(n, p(PARLEY.iso3166Code), r.iso3166());
        link(n, PARLEY.represents, PARTY, r.represents());
        addEn(n, DCTerms.description.asNode(), r.description());
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    private void person(Person r, String ptr) {
        Node n = entity(PERSON, r.id(), ptr);
        type(n, PARLEY.Person);
        if (r.commentator()) type(n, PARLEY.Commentator);
        addEn(n, RDFS.label.asNode(), r.label());
        wikidata(n, r.wikidata());
        addEn(n, DCTerms.description.asNode(), r.description());
        addEn(n, RDFS.comment.asNode(), r.note());
        for (int i = 0; i < r.roles().size(); i++) {
            Role role = r.roles().get(i);
            Node rn = entity(ROLE, role.id(), ptr + "/roles/" + i);
            add(n, p(PARLEY.holdsRole), rn);
            type(rn, PARLEY.Role);
            addEn(rn, RDFS.label.asNode(), r.label() + ": " + role.office());
            addEn(rn, p(PARLEY.office), role.office());
            add(rn, p(PARLEY.roleType), term(RoleType.class, role.roleType()));
            link(rn, PARLEY.onBehalfOf, PARTY, role.onBehalfOf());
            link(rn, PARLEY.connectedTo, PARTY, role.connectedTo());
            addDate(rn, p(PARLEY.startDate), role.start());
            addDate(rn, p(PARLEY.endDate), role.end());
            addEn(rn, RDFS.comment.asNode(), role.note());
        }
    }

    private void region(Region r, String ptr) {
        Node n = entity(REGION, r.id(), ptr);
        type(n, PARLEY.Region);
        addEn(n, RDFS.label.asNode(), r.label());
        for (String alt : r.altLabels()) addEn(n, SKOS.altLabel.asNode(), alt);
        addPlain(n, p(PARLEY.iso3166Code), r.iso3166_2());
        wikidata(n, r.wikidata());
        if (r.geonames() != null) add(n, p(PARLEY.geonames), uri("https://sws.geonames.org/" + r.geonames() + "/"));
        link(n, PARLEY.deJureCountry, PARTY, r.deJureCountry());
        link(n, PARLEY.partOf, REGION, r.partOf());
        addPlain(n, p(PARLEY.regionType), r.regionType());
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    private void place(Place r, String ptr) {
        Node n = entity(PLACE, r.id(), ptr);
        type(n, PARLEY.Place);
        addEn(n, RDFS.label.asNode(), r.label());
        wikidata(n, r.wikidata());
        link(n, PARLEY.country, PARTY, r.country());
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    private void issue(Issue r, String ptr) {
        Node n = entity(ISSUE, r.id(), ptr);
        concept(n, PARLEY.Issue, r.label(), r.description(), ISSUE_SCHEME, "Parley issues", "What is at stake in a"
                + " negotiation (the status of a region, a ceasefire line, an alliance membership); each issue is a"
                + " skos:Concept in this scheme, and its options point to it with parley:optionOf.");
        for (String pax : r.paxCategories()) add(n, SKOS.closeMatch.asNode(), uri(PAX_BASE.getURI() + pax));
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    private void option(Option r, String ptr) {
        Node n = entity(OPTION, r.id(), ptr);
        concept(n, PARLEY.Option, r.label(), r.description(), OPTION_SCHEME, "Parley options", "Possible outcomes of"
                + " Parley's issues; each option is a skos:Concept in this scheme and names its issue with parley:optionOf.");
        link(n, PARLEY.optionOf, ISSUE, r.issue());
        for (Slug region : r.regions()) link(n, PARLEY.concernsRegion, REGION, region);
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    private void proposal(Proposal r, String ptr) {
        Node n = entity(PROPOSAL, r.id(), ptr);
        type(n, PARLEY.Proposal);
        // A plain proposal has no class beyond parley:Proposal; a demand or a request has its subclass too.
        if (!ProposalType.PROPOSAL.code().equals(r.type())) type(n, term(ProposalType.class, r.type()));
        addEn(n, RDFS.label.asNode(), r.label());
        addEn(n, DCTerms.description.asNode(), r.description());
        link(n, PARLEY.author, PARTY, r.author());
        // A joint proposal's co-authors are authors like the first.
        for (Slug a : r.coAuthors()) link(n, PARLEY.author, PARTY, a);
        link(n, PARLEY.authorPerson, PERSON, r.authorPerson());
        for (Ref a : r.conveyedBy()) add(n, p(PARLEY.conveyedBy), Ids.ref(a));
        for (Ref a : r.conveyedTo()) add(n, p(PARLEY.conveyedTo), Ids.ref(a));
        for (Slug a : r.addressedTo()) link(n, PARLEY.addressedTo, PARTY, a);
        addDate(n, p(PARLEY.proposedOn), r.proposedOn());
        addText(n, p(PARLEY.timeExpression), r.timeExpression());
        add(n, p(PARLEY.proposalStatus), term(ProposalStatus.class, r.status()));
        addText(n, p(PARLEY.statusWords), r.statusWords());
        link(n, PARLEY.conveyedAt, EVENT, r.conveyedAt());
        link(n, PARLEY.proposesEvent, EVENT, r.proposesEvent());
        for (Slug other : r.sameOfferAs()) both(n, p(PARLEY.sameOfferAs), Ids.node(PROPOSAL, other.toString()));
        reported(n, r);
        for (int i = 0; i < r.provisions().size(); i++) {
            Provision pv = r.provisions().get(i);
            Node pn = entity(PROVISION, pv.id(), ptr + "/provisions/" + i);
            add(n, p(PARLEY.hasProvision), pn);
            type(pn, PARLEY.Provision);
            add(pn, p(PARLEY.partOfProposal), n);
            addEn(pn, RDFS.label.asNode(), pv.label());
            link(pn, PARLEY.onIssue, ISSUE, pv.issue());
            link(pn, PARLEY.selectsOption, OPTION, pv.option());
            for (Slug region : pv.regions()) link(pn, PARLEY.concernsRegion, REGION, region);
            for (Ref t : pv.inExchangeFor()) add(pn, p(PARLEY.inExchangeFor), Ids.ref(t));
            for (Ref t : pv.requiredBefore()) add(pn, p(PARLEY.requiredBefore), Ids.ref(t));
            for (int k = 0; k < pv.binds().size(); k++) {
                Obligation o = pv.binds().get(k);
                Node on = Ids.node(OBLIGATION, pv.id() + "--" + o.party());
                origins.accept(on, ptr + "/provisions/" + i + "/binds/" + k);
                add(pn, p(PARLEY.binds), on);
                type(on, PARLEY.Obligation);
                link(on, PARLEY.boundParty, PARTY, o.party());
                addEn(on, p(PARLEY.obligation), o.obligation());
                addEn(on, RDFS.label.asNode(), o.obligation());
                derived(on);
            }
            addText(pn, p(PARLEY.quote), pv.quote());
            addText(pn, p(PARLEY.hedge), pv.hedge());
            addEn(pn, RDFS.comment.asNode(), pv.note());
            derived(pn);
        }
    }

    private void stance(Stance r, String ptr) {
        Node n = entity(STANCE, r.id(), ptr);
        type(n, PARLEY.Stance);
        addEn(n, RDFS.label.asNode(), Labels.stance(r, labels));
        link(n, PARLEY.holder, PARTY, r.holder());
        link(n, PARLEY.speaker, PERSON, r.speaker());
        add(n, p(PARLEY.target), Ids.ref(r.target()));
        add(n, p(PARLEY.position), term(Position.class, r.position()));
        addEn(n, p(PARLEY.condition), r.condition());
        for (Ref c : r.conditionOn()) add(n, p(PARLEY.conditionOn), Ids.ref(c));
        addDate(n, p(PARLEY.statedOn), r.statedOn());
        link(n, PARLEY.statedAt, EVENT, r.statedAt());
        addText(n, p(PARLEY.timeExpression), r.timeExpression());
        addDate(n, p(PARLEY.validFrom), r.validFrom());
        addDate(n, p(PARLEY.validUntil), r.validUntil());
        link(n, PARLEY.supersedes, STANCE, r.supersedes());
        for (Ref t : r.inExchangeFor()) add(n, p(PARLEY.inExchangeFor), Ids.ref(t));
        reported(n, r);
    }

    private void event(Event r, String ptr) {
        Node n = entity(EVENT, r.id(), ptr);
        type(n, PARLEY.Event);
        type(n, term(EventType.class, r.type()));
        addEn(n, RDFS.label.asNode(), r.label());
        addEn(n, DCTerms.description.asNode(), r.description());
        addDate(n, p(PARLEY.date), r.date());
        addText(n, p(PARLEY.timeExpression), r.timeExpression());
        if (r.place() != null) add(n, p(PARLEY.place), Ids.ref(r.place()));
        add(n, p(PARLEY.eventStatus), term(EventStatus.class, r.status()));
        for (int i = 0; i < r.participants().size(); i++) {
            Participant pt = r.participants().get(i);
            // The agent's kind is part of the IRI: a party and a person may share a slug.
            Node pn = entity(PARTICIPATION, r.id() + "--" + pt.agent().toString().replace('/', '-'), ptr + "/participants/" + i);
            add(n, p(PARLEY.hasParticipation), pn);
            type(pn, PARLEY.Participation);
            addEn(pn, RDFS.label.asNode(), labels.of(pt.agent()) + ": " + Labels.words(pt.status()) + " — " + r.label());
            add(pn, p(PARLEY.participant), Ids.ref(pt.agent()));
            add(pn, p(PARLEY.participationStatus), term(ParticipationStatus.class, pt.status()));
            if (pt.role() != null) add(pn, p(PARLEY.participationRole), term(ParticipationRole.class, pt.role()));
            link(pn, PARLEY.participantFor, PARTY, pt.onBehalfOf());
            addEn(pn, RDFS.comment.asNode(), pt.note());
            derived(pn);
        }
        for (Ref a : r.about()) add(n, p(PARLEY.about), Ids.ref(a));
        reported(n, r);
    }

    private void claim(ControlClaim r, String ptr) {
        Node n = entity(CLAIM, r.id(), ptr);
        type(n, PARLEY.ControlClaim);
        addEn(n, RDFS.label.asNode(), Labels.claim(r, labels));
        link(n, PARLEY.region, REGION, r.region());
        link(n, PARLEY.controller, PARTY, r.controller());
        if (r.sharePercent() != null)
            add(n, p(PARLEY.sharePercent), NodeFactory.createLiteralDT(r.sharePercent().toPlainString(), XSDDatatype.XSDdecimal));
        if (r.extent() != null) add(n, p(PARLEY.extent), term(ControlExtent.class, r.extent()));
        addDate(n, p(PARLEY.asOf), r.asOf());
        addText(n, p(PARLEY.timeExpression), r.timeExpression());
        if (r.claimant() != null) add(n, p(PARLEY.claimant), Ids.ref(r.claimant()));
        add(n, p(PARLEY.claimKind), term(ClaimKind.class, r.kind()));
        reported(n, r);
    }

    private void constraint(Constraint r, String ptr) {
        Node n = entity(CONSTRAINT, r.id(), ptr);
        type(n, PARLEY.Constraint);
        addEn(n, RDFS.label.asNode(), r.label());
        link(n, PARLEY.constrains, PARTY, r.constrains());
        addPlain(n, p(PARLEY.constraintType), r.constraintType());
        addEn(n, DCTerms.description.asNode(), r.description());
        for (Ref a : r.about()) add(n, p(PARLEY.about), Ids.ref(a));
        reported(n, r);
    }

    private void targetDate(TargetDate r, String ptr) {
        Node n = entity(DEADLINE, r.id(), ptr);
        type(n, PARLEY.TargetDate);
        addEn(n, RDFS.label.asNode(), r.label());
        addDate(n, p(PARLEY.targetDate), r.date());
        addText(n, p(PARLEY.timeExpression), r.timeExpression());
        if (r.holder() != null) add(n, p(PARLEY.holder), Ids.ref(r.holder()));
        addEn(n, p(PARLEY.goal), r.goal());
        for (Ref a : r.about()) add(n, p(PARLEY.about), Ids.ref(a));
        link(n, PARLEY.statedAt, EVENT, r.statedAt());
        reported(n, r);
    }

    private void question(OpenQuestion r, String ptr) {
        Node n = entity(QUESTION, r.id(), ptr);
        type(n, PARLEY.OpenQuestion);
        addEn(n, p(PARLEY.question), r.question());
        addEn(n, RDFS.label.asNode(), r.question());
        for (Ref a : r.about()) add(n, p(PARLEY.about), Ids.ref(a));
        reported(n, r);
    }

    private void assessment(Assessment r, String ptr) {
        Node n = entity(ASSESSMENT, r.id(), ptr);
        type(n, PARLEY.Assessment);
        if (r.assessor() != null) add(n, p(PARLEY.assessor), Ids.ref(r.assessor()));
        addEn(n, p(PARLEY.statement), r.statement());
        addEn(n, RDFS.label.asNode(), r.statement());
        for (Ref a : r.about()) add(n, p(PARLEY.about), Ids.ref(a));
        link(n, PARLEY.statedAt, EVENT, r.statedAt());
        reported(n, r);
    }

    private void relation(TermRelation r, String ptr) {
        Node n = entity(RELATION, r.id(), ptr);
        type(n, PARLEY.TermRelation);
        addEn(n, RDFS.label.asNode(), Labels.relation(r, labels));
        Node from = Ids.ref(r.from()), to = Ids.ref(r.to());
        add(n, p(PARLEY.subjectTerm), from);
        RelationType relation = Code.of(RelationType.class, r.relation());
        add(n, p(PARLEY.relationType), uri(relation.term()));
        add(n, p(PARLEY.objectTerm), to);
        addEn(n, RDFS.comment.asNode(), r.note());
        Node direct = uri(relation.property());
        if (relation.symmetric()) both(from, direct, to);
        else add(from, direct, to);
    }

    private void confirmation(Confirmation r, String ptr) {
        Node n = entity(CONFIRMATION, r.id(), ptr);
        type(n, PARLEY.Confirmation);
        addEn(n, RDFS.label.asNode(), Labels.confirmation(r, labels));
        add(n, p(PARLEY.confirmationOf), Ids.ref(r.record()));
        add(n, p(PARLEY.confirmingAgent), Ids.ref(r.by()));
        add(n, p(PARLEY.confirmationStatus), term(ConfirmationStatus.class, r.status()));
        reported(n, r);
    }

    /** A symmetric link, written both ways so that queries need not know it is symmetric. */
    private void both(Node a, Node p, Node b) {
        add(a, p, b);
        add(b, p, a);
    }

    /** The provenance block: reporting basis, citation, confidence, hedge, quote, note, source. */
    private void reported(Node n, Reported r) {
        add(n, p(PARLEY.reportingBasis), term(ReportingBasis.class, r.basis()));
        if (r.attributedTo() != null) add(n, p(PARLEY.attributedTo), Ids.ref(r.attributedTo()));
        add(n, p(PARLEY.confidence), term(Confidence.class, r.confidence()));
        addText(n, p(PARLEY.hedge), r.hedge());
        addText(n, p(PARLEY.quote), r.quote());
        addEn(n, RDFS.comment.asNode(), r.note());
    }

    /** The event (statement, post, publication) at which a stance, assessment or target date was stated. */
    /** The link to the record a single-kind reference names, when it is given. */
    private void link(Node n, org.apache.jena.rdf.model.Property property, String kind, Slug target) {
        if (target != null) add(n, p(property), Ids.node(kind, target.toString()));
    }

    /**
     * Describes a concept scheme of Parley records in the graph of the records that point to it,
     * so that its IRI dereferences wherever they are (the same triples in every such graph).
     */
    /** A record that is also a term of one of Parley's SKOS schemes (issues, options), labelled and defined. */
    private void concept(Node n, Resource cls, String label, String definition, Node scheme, String schemeLabel,
                         String schemeComment) {
        type(n, cls);
        type(n, SKOS.Concept);
        add(n, SKOS.inScheme.asNode(), scheme);
        if (describedSchemes.add(scheme)) scheme(scheme, schemeLabel, schemeComment);
        addEn(n, RDFS.label.asNode(), label);
        addEn(n, SKOS.prefLabel.asNode(), label);
        addEn(n, SKOS.definition.asNode(), definition);
    }

    private void scheme(Node scheme, String label, String comment) {
        type(scheme, SKOS.ConceptScheme);
        addEn(scheme, RDFS.label.asNode(), label);
        addEn(scheme, SKOS.prefLabel.asNode(), label);
        addEn(scheme, RDFS.comment.asNode(), comment);
    }

    private Node entity(String kind, String slug, String pointer) {
        Node n = Ids.node(kind, slug);
        origins.accept(n, pointer);
        derived(n);
        return n;
    }

    /** Every record of a source file is derived from that source. */
    private void derived(Node n) {
        if (source != null) add(n, WAS_DERIVED_FROM, source);
    }

    private <T> void each(List<T> list, String pointer, BiConsumer<T, String> f) {
        for (int i = 0; i < list.size(); i++) f.accept(list.get(i), pointer + "/" + i);
    }

    private void type(Node n, Resource cls) {
        type(n, cls.asNode());
    }

    private void type(Node n, Node cls) {
        add(n, RDF.type.asNode(), cls);
    }

    /** The ontology term of a code of a list. */
    private static <E extends Enum<E> & Code> Node term(Class<E> list, String code) {
        return uri(Code.of(list, code).term());
    }

    private void wikidata(Node n, String qid) {
        if (qid != null) add(n, p(PARLEY.wikidata), uri(Ids.WIKIDATA + qid));
    }

    private void add(Node s, Node p, Node o) {
        out.accept(Quad.create(graph, s, p, canonical(o)));
    }

    /**
     * A literal in the canonical lexical form of its datatype ({@code "100.0"^^xsd:decimal}, not
     * {@code "100"} or {@code "1E+2"}): the form TDB2 gives back, since it stores numbers and dates
     * by value. A quad written in another form reads back as a different term, so a comparison
     * or a deletion by term misses it. Language tags are already normalised by Jena
     * ({@code uk-ua} is {@code uk-UA}); other nodes, and literals whose form is not valid for
     * their datatype, are returned as they are.
     */
    public static Node canonical(Node o) {
        if (!o.isLiteral() || o.getLiteralLanguage() != null && !o.getLiteralLanguage().isEmpty()
                || XSDDatatype.XSDstring.equals(o.getLiteralDatatype())) return o;
        try {
            return CanonicalizeLiteral.get().apply(o);
        } catch (RuntimeException illFormed) {
            // " 5 "^^xsd:int: Jena's canonicaliser throws; the store keeps such a term as a string.
            return o;
        }
    }


    /** English curator text (labels, descriptions, notes). */
    private void addEn(Node s, Node p, String text) {
        if (text != null) add(s, p, NodeFactory.createLiteralLang(text, "en"));
    }

    private void addLang(Node s, Node p, String text) {
        if (text != null) add(s, p, NodeFactory.createLiteralLang(text, lang));
    }

    /** The source's own words (quotes, hedges, time expressions), in the source's language. */
    private void addText(Node s, Node p, String text) {
        addLang(s, p, text);
    }

    private void addPlain(Node s, Node p, String text) {
        if (text != null) add(s, p, NodeFactory.createLiteralString(text));
    }

    private void addDate(Node s, Node p, PartialDate date) {
        if (date != null) add(s, p, NodeFactory.createLiteralDT(date.toString(), dateType(date.toString())));
    }

    /**
     * The XSD datatype of a (possibly partial) date as Parley writes it: {@code xsd:gYear} for
     * {@code YYYY}, {@code xsd:gYearMonth} for {@code YYYY-MM}, {@code xsd:date} for a day. The one
     * place that choice is made, for the data and for the catalog's date parameters alike.
     */
    public static XSDDatatype dateType(String date) {
        return switch (date.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
    }

    private static Node p(org.apache.jena.rdf.model.Property prop) {
        return prop.asNode();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
