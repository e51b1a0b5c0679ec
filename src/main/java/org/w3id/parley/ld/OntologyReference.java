package org.w3id.parley.ld;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.dump.Prefixes;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.report.Html;
import org.w3id.parley.report.HtmlTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.w3id.parley.report.HtmlTemplate.when;

/**
 * The HTML reference of the Parley ontology, generated from the ontology graph
 * ({@code ontology/parley.ttl}) and the SHACL shapes ({@code ontology/shapes.ttl}), so that it
 * says what the files say and nothing else: one entry per class and per property, anchored by
 * its local name ({@code https://w3id.org/parley/ontology#Stance} is {@code #Stance}), with its
 * label, definition, super- and sub-terms, domain and range, the shapes that check it and an
 * example from the served store; then the concept schemes with their concepts, and the shapes.
 *
 * <p>Everything but the examples is fixed when the reference is built; the examples are read
 * from the store at each {@link #render}, one small query per term with the term bound as a
 * parameter ({@code class-example.rq}, {@code property-example.rq}).
 *
 * <p>The page's markup is in templates beside this class: ontology.html (the opening, the
 * contents, the sections and the shapes), ontology-term.html (one entry), and the top bar's
 * links and the head's links to the RDF forms. The code gathers the values; it writes only the
 * inline form of an RDF term or text (a term in {@code <code>}, linked to its entry; a list, a
 * blank node or a property path spelled out; {@code parley:Term} in prose linked), since those
 * nest inside each other.
 */
final class OntologyReference {
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String PARLEYSH = "https://w3id.org/parley/shapes#";
    private static final String SCHEMA = "https://schema.org/";

    /** How long one example query may run before the entry says that none was found in time. */
    private static final long EXAMPLE_TIMEOUT_MS = 5_000;

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node COMMENT = RDFS.comment.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node SUBPROPERTY = RDFS.subPropertyOf.asNode();
    private static final Node DOMAIN = RDFS.domain.asNode();
    private static final Node RANGE = RDFS.range.asNode();
    private static final Node DOMAIN_INCLUDES = NodeFactory.createURI(SCHEMA + "domainIncludes");
    private static final Node RANGE_INCLUDES = NodeFactory.createURI(SCHEMA + "rangeIncludes");
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node NOTATION = SKOS.notation.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node TARGET_CLASS = sh("targetClass");
    private static final Node PROPERTY = sh("property");
    private static final Node PATH = sh("path");
    private static final Node MESSAGE = sh("message");

    /** Prefixes for showing IRIs: Parley's output prefixes, and those of the shapes. */
    private static final Map<String, String> PREFIXES;

    static {
        Map<String, String> m = new LinkedHashMap<>(Prefixes.MAP);
        m.put("sh", SH);
        m.put("parleysh", PARLEYSH);
        m.put("vann", "http://purl.org/vocab/vann/");
        PREFIXES = Map.copyOf(m);
    }

    /** The kinds of property, in the order of the contents. */
    private static final List<Node> PROPERTY_TYPES = List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    /** Predicates of a property shape that are not constraints. */
    private static final Set<Node> NOT_CONSTRAINTS = Set.of(TYPE, PATH, MESSAGE, COMMENT, LABEL, sh("name"), sh("description"),
            sh("order"), sh("group"), sh("severity"), sh("deactivated"));

    private static final String CLASS_EXAMPLE = QueryRunner.resourceText(OntologyReference.class, "class-example");
    private static final String PROPERTY_EXAMPLE = QueryRunner.resourceText(OntologyReference.class, "property-example");
    private static final Pattern TERM_IN_TEXT = Pattern.compile("\\bparley:([A-Za-z][A-Za-z0-9]*)");

    private static final String CSS = """
            main { max-width: 64rem; }
            .lead { font-size: 1.05em; }
            nav.toc ul { columns: 14rem; padding-left: 1.2rem; margin: .3rem 0 1rem; }
            nav.toc h3 { margin-bottom: 0; }
            section.term, section.scheme, section.shape { border-top: 1px solid var(--line); padding: .4rem 0 .6rem; scroll-margin-top: .5rem; }
            section.term h3, section.scheme h3, section.shape h3 { margin: .4rem 0 .1rem; }
            section.term h3 small, section.scheme h3 small { font-weight: normal; color: var(--muted); margin-left: .4rem; }
            .iri { margin: 0 0 .4rem; color: var(--muted); }
            table.facts { width: 100%; margin: .4rem 0; }
            table.facts th { width: 11rem; }
            table.checks, table.concepts, table.constraints { width: 100%; margin: .3rem 0; }
            .example { background: #f5f7fa; border-left: 3px solid var(--accent); padding: .3rem .6rem; }
            .none { color: var(--muted); font-style: italic; }
            tr:target, section:target { background: #fffbe6; }
            q { font-style: italic; }
            """;

    /** The page after its head: ontology.html beside this class. */
    private static final HtmlTemplate PAGE = HtmlTemplate.resource(OntologyReference.class, "ontology.html");
    /** The entry of a class, property, concept scheme or other term: ontology-term.html. */
    private static final HtmlTemplate TERM = HtmlTemplate.resource(OntologyReference.class, "ontology-term.html");
    /** The links in the top bar: ontology-navigation.html. */
    private static final HtmlTemplate NAVIGATION = HtmlTemplate.resource(OntologyReference.class, "ontology-navigation.html");
    /** The links to the RDF forms and the canonical IRI, at the end of the head: ontology-links.html. */
    private static final HtmlTemplate LINKS = HtmlTemplate.resource(OntologyReference.class, "ontology-links.html");

    private final Graph ontology;
    private final Graph shapes;
    private final Set<String> declared = new HashSet<>();
    private final List<Node> classes = new ArrayList<>();
    private final Map<Node, List<Node>> propertiesByType = new LinkedHashMap<>();
    private final List<Node> schemes = new ArrayList<>();
    private final Map<Node, List<Node>> conceptsByScheme = new LinkedHashMap<>();
    private final List<Node> others = new ArrayList<>();
    private final List<Node> nodeShapes = new ArrayList<>();
    /** Shape IRI → anchor in the shapes section. */
    private final Map<Node, String> shapeAnchors = new HashMap<>();
    /** Property shape → the node shapes that use it. */
    private final Map<Node, List<Node>> owners = new HashMap<>();
    /** Property IRI → the property shapes whose path mentions it. */
    private final Map<Node, List<Node>> checksOfProperty = new HashMap<>();
    /** Class → the node shapes that target it. */
    private final Map<Node, List<Node>> shapesOfClass = new HashMap<>();

    /**
     * Indexes the ontology and the shapes.
     *
     * @param ontology the ontology graph (not changed afterwards)
     * @param shapes   the SHACL shapes graph (not changed afterwards)
     */
    OntologyReference(Graph ontology, Graph shapes) {
        this.ontology = ontology;
        this.shapes = shapes;
        Set<Node> subjects = new LinkedHashSet<>();
        ontology.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(PARLEY.NS) && s.getURI().length() > PARLEY.NS.length()) subjects.add(s);
        });
        for (Node p : PROPERTY_TYPES) propertiesByType.put(p, new ArrayList<>());
        for (Node s : sorted(subjects)) {
            declared.add(local(s));
            if (has(ontology, s, TYPE, OWL.Class.asNode()) || has(ontology, s, TYPE, RDFS.Class.asNode())) {
                classes.add(s);
                continue;
            }
            Node propertyType = PROPERTY_TYPES.stream().filter(p -> has(ontology, s, TYPE, p)).findFirst().orElse(null);
            if (propertyType != null) propertiesByType.get(propertyType).add(s);
            else if (has(ontology, s, TYPE, SKOS.ConceptScheme.asNode())) schemes.add(s);
            else if (has(ontology, s, TYPE, SKOS.Concept.asNode()) && !objects(ontology, s, IN_SCHEME).isEmpty()) {
                for (Node scheme : objects(ontology, s, IN_SCHEME)) conceptsByScheme.computeIfAbsent(scheme, k -> new ArrayList<>()).add(s);
            } else others.add(s);
        }
        for (Node scheme : conceptsByScheme.keySet())
            if (!schemes.contains(scheme)) throw new IllegalStateException("concepts in scheme " + scheme + ", which the ontology does not declare");

        Set<Node> shapeNodes = new LinkedHashSet<>();
        shapes.find(Node.ANY, TYPE, sh("NodeShape")).forEachRemaining(t -> shapeNodes.add(t.getSubject()));
        shapes.find(Node.ANY, TARGET_CLASS, Node.ANY).forEachRemaining(t -> shapeNodes.add(t.getSubject()));
        for (Node ns : sorted(shapeNodes)) {
            if (!ns.isURI()) continue;
            nodeShapes.add(ns);
            shapeAnchors.put(ns, "shape-" + shapeLocal(ns));
            for (Node c : objects(shapes, ns, TARGET_CLASS)) shapesOfClass.computeIfAbsent(c, k -> new ArrayList<>()).add(ns);
            for (Node ps : objects(shapes, ns, PROPERTY)) {
                owners.computeIfAbsent(ps, k -> new ArrayList<>()).add(ns);
                if (ps.isURI()) shapeAnchors.putIfAbsent(ps, "shape-" + shapeLocal(ps));
                for (Node path : objects(shapes, ps, PATH))
                    for (Node p : pathTerms(path)) {
                        List<Node> checks = checksOfProperty.computeIfAbsent(p, k -> new ArrayList<>());
                        if (!checks.contains(ps)) checks.add(ps);
                    }
            }
        }
    }

    /** The whole page, with examples read from {@code dsg} in one read transaction. */
    String render(DatasetGraph dsg, String contextPath) {
        Map<Node, Example> examples = examples(dsg);
        String root = contextPath + "/";
        String head = Html.head("Parley ontology", CSS, NAVIGATION.fill(Map.of("root", root)));
        String links = LINKS.fill(Map.of("root", root, "iri", PARLEY.ONTOLOGY_IRI));
        Map<String, Object> page = header(root);
        StringBuilder entries = new StringBuilder(128 * 1024);
        for (Node c : classes) entries.append(classEntry(c, examples.get(c), contextPath));
        page.put("classes", entries.toString());
        entries.setLength(0);
        for (List<Node> ps : propertiesByType.values())
            for (Node p : ps) entries.append(propertyEntry(p, examples.get(p), contextPath));
        page.put("properties", entries.toString());
        entries.setLength(0);
        for (Node s : schemes) entries.append(schemeEntry(s));
        page.put("schemes", entries.toString());
        entries.setLength(0);
        for (Node o : others) entries.append(otherEntry(o));
        page.put("others", when(!others.isEmpty(), Map.of("terms", entries.toString())));
        page.put("shapesNamespace", PARLEYSH);
        List<Map<String, ?>> shapeEntries = new ArrayList<>();
        for (Node ns : nodeShapes) shapeEntries.add(shapeEntry(ns));
        page.put("shapes", shapeEntries);
        return head.replace("</head>", links + "</head>") + PAGE.fill(page) + Html.tail();
    }

    // ---------------------------------------------------------------- the fixed parts

    /** The values of the page's opening: the ontology's facts, its description and the contents. */
    private Map<String, Object> header(String root) {
        Node ont = NodeFactory.createURI(PARLEY.ONTOLOGY_IRI);
        String title = literal(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/title"));
        String version = literal(ontology, ont, OWL.versionInfo.asNode());
        Map<String, Object> page = new HashMap<>();
        page.put("title", title != null ? title : "Parley ontology");
        page.put("version", when(version != null, Map.of("version", version == null ? "" : version)));
        page.put("iri", PARLEY.ONTOLOGY_IRI);
        page.put("versionIris", iris(objects(ontology, ont, OWL.versionIRI.asNode())));
        page.put("priorVersions", iris(objects(ontology, ont, OWL.priorVersion.asNode())));
        page.put("namespace", PARLEY.NS);
        List<Map<String, ?>> licences = new ArrayList<>();
        for (Node l : objects(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/license"))) licences.add(Map.of("licence", value(l, "")));
        page.put("licences", licences);
        page.put("root", root);
        String description = literal(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/description"));
        page.put("description", description != null ? prose(description) : "");

        List<Map<String, ?>> contents = new ArrayList<>();
        contents.add(contents("Classes", "sec-classes", classes));
        for (Map.Entry<Node, List<Node>> e : propertiesByType.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            String kind = switch (e.getKey().getLocalName()) {
                case "ObjectProperty" -> "Object properties";
                case "DatatypeProperty" -> "Datatype properties";
                case "AnnotationProperty" -> "Annotation properties";
                default -> "Other properties";
            };
            contents.add(contents(kind, "sec-properties", e.getValue()));
        }
        contents.add(contents("Concept schemes", "sec-schemes", schemes));
        if (!others.isEmpty()) contents.add(contents("Other terms", "sec-other", others));
        page.put("contents", contents);
        List<Map<String, ?>> shapeContents = new ArrayList<>();
        for (Node ns : nodeShapes) shapeContents.add(Map.of("anchor", shapeAnchors.get(ns), "name", shapeLocal(ns)));
        page.put("shapeContents", shapeContents);
        return page;
    }

    private static List<Map<String, ?>> iris(List<Node> nodes) {
        List<Map<String, ?>> out = new ArrayList<>();
        for (Node n : nodes) out.add(Map.of("iri", n.getURI()));
        return out;
    }

    private static Map<String, ?> contents(String title, String section, List<Node> terms) {
        List<Map<String, ?>> locals = new ArrayList<>();
        for (Node t : terms) locals.add(Map.of("local", local(t)));
        return Map.of("title", title, "section", section, "count", String.valueOf(terms.size()), "terms", locals);
    }

    /** The values of an entry's opening (anchor, label, IRI, definitions and comments), and every optional part left out. */
    private Map<String, Object> entry(Node t, String cssClass) {
        Map<String, Object> v = new HashMap<>();
        v.put("class", cssClass);
        v.put("local", local(t));
        v.put("label", label(t));
        v.put("iri", t.getURI());
        StringBuilder text = new StringBuilder();
        for (String def : literals(ontology, t, DEFINITION)) text.append(prose(def));
        for (String comment : literals(ontology, t, COMMENT)) text.append(prose(comment));
        v.put("text", text.toString());
        for (String part : List.of("facts", "classChecks", "propertyChecks", "noConcepts", "concepts", "subclassesOnly", "noExample", "timedOut", "example"))
            v.put(part, List.of());
        return v;
    }

    private String classEntry(Node c, Example example, String contextPath) {
        Map<String, Object> v = entry(c, "term class");
        List<Map<String, ?>> facts = new ArrayList<>();
        fact(facts, "superclasses", "Superclasses", values(objects(ontology, c, SUBCLASS)));
        fact(facts, "subclasses", "Subclasses", values(subjects(ontology, SUBCLASS, c)));
        fact(facts, "disjoint", "Disjoint with", values(objects(ontology, c, OWL.disjointWith.asNode())));
        Set<Node> asDomain = new LinkedHashSet<>(subjects(ontology, DOMAIN, c));
        asDomain.addAll(subjects(ontology, DOMAIN_INCLUDES, c));
        fact(facts, "properties", "Properties", values(sorted(asDomain)));
        Set<Node> asRange = new LinkedHashSet<>(subjects(ontology, RANGE, c));
        asRange.addAll(subjects(ontology, RANGE_INCLUDES, c));
        fact(facts, "used-by", "Value of", values(sorted(asRange)));
        List<Node> instances = new ArrayList<>();
        for (Node s : subjects(ontology, TYPE, c)) if (s.isURI() && s.getURI().startsWith(PARLEY.NS)) instances.add(s);
        fact(facts, "values", "Values", values(sorted(instances)));
        v.put("facts", List.of(Map.of("rows", facts)));

        // The shapes that check an instance: those targeting the class and those targeting its superclasses.
        List<Map<String, ?>> checks = new ArrayList<>();
        for (Node sup : withSuperclasses(c))
            for (Node ns : shapesOfClass.getOrDefault(sup, List.of())) {
                List<Map<String, ?>> comments = new ArrayList<>();
                for (String comment : literals(shapes, ns, COMMENT)) comments.add(Map.of("comment", inline(comment)));
                List<String> paths = new ArrayList<>();
                for (Node ps : objects(shapes, ns, PROPERTY))
                    for (Node path : objects(shapes, ps, PATH)) paths.add(path(path));
                checks.add(Map.of("shape", shapeLink(ns), "asA", when(!sup.equals(c), Map.of("superclass", value(sup, ""))), "comments", comments,
                        "constrains", when(!paths.isEmpty(), Map.of("paths", String.join(", ", paths)))));
            }
        v.put("classChecks", List.of(Map.of("none", when(checks.isEmpty()), "list", when(!checks.isEmpty(), Map.of("checks", checks)))));
        if (example == null && !subjects(ontology, SUBCLASS, c).isEmpty()) v.put("subclassesOnly", List.of(Map.of("local", local(c))));
        else example(v, example, contextPath);
        return TERM.fill(v);
    }

    private String propertyEntry(Node p, Example example, String contextPath) {
        Map<String, Object> v = entry(p, "term property");
        List<Map<String, ?>> facts = new ArrayList<>();
        fact(facts, "kind", "Kind", values(objects(ontology, p, TYPE)));
        fact(facts, "superproperties", "Superproperties", values(objects(ontology, p, SUBPROPERTY)));
        fact(facts, "subproperties", "Subproperties", values(subjects(ontology, SUBPROPERTY, p)));
        Set<Node> inverse = new LinkedHashSet<>(objects(ontology, p, OWL.inverseOf.asNode()));
        inverse.addAll(subjects(ontology, OWL.inverseOf.asNode(), p));
        fact(facts, "inverse", "Inverse of", values(new ArrayList<>(inverse)));
        fact(facts, "domain", "Domain", values(objects(ontology, p, DOMAIN)));
        fact(facts, "domain-includes", "Domain includes", values(objects(ontology, p, DOMAIN_INCLUDES)));
        fact(facts, "range", "Range", values(objects(ontology, p, RANGE)));
        fact(facts, "range-includes", "Range includes", values(objects(ontology, p, RANGE_INCLUDES)));
        v.put("facts", List.of(Map.of("rows", facts)));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Node ps : checksOfProperty.getOrDefault(p, List.of())) {
            List<Map<String, ?>> in = new ArrayList<>();
            for (Node ns : owners.getOrDefault(ps, List.of())) {
                List<Node> targets = objects(shapes, ns, TARGET_CLASS);
                in.add(Map.of("separator", in.isEmpty() ? "" : ", ", "shape", shapeLink(ns),
                        "on", when(!targets.isEmpty(), Map.of("targets", values(targets)))));
            }
            rows.add(Map.of("shape", shapeLink(ps), "in", when(!in.isEmpty(), Map.of("owners", in)), "paths", paths(ps),
                    "constraints", constraints(ps), "messages", messages(ps)));
        }
        v.put("propertyChecks", List.of(Map.of("none", when(rows.isEmpty()), "table", when(!rows.isEmpty(), Map.of("checks", rows)))));
        example(v, example, contextPath);
        return TERM.fill(v);
    }

    private String schemeEntry(Node s) {
        Map<String, Object> v = entry(s, "scheme");
        List<Node> concepts = conceptsByScheme.getOrDefault(s, List.of());
        if (concepts.isEmpty()) {
            v.put("noConcepts", when(true));
            return TERM.fill(v);
        }
        // Other statements on the concepts (parley:rank, for example) get a column each.
        Set<Node> extra = new java.util.TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node c : concepts)
            ontology.find(c, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                if (!Set.of(TYPE, PREF_LABEL, NOTATION, DEFINITION, IN_SCHEME, SKOS.topConceptOf.asNode(), LABEL, COMMENT).contains(p))
                    extra.add(p);
            });
        List<Map<String, ?>> columns = new ArrayList<>();
        for (Node p : extra) columns.add(Map.of("name", value(p, "")));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Node c : concepts) {
            List<Map<String, ?>> notes = new ArrayList<>();
            for (String d : literals(ontology, c, DEFINITION)) notes.add(Map.of("note", inline(d)));
            for (String d : literals(ontology, c, COMMENT)) notes.add(Map.of("note", inline(d)));
            List<Map<String, ?>> cells = new ArrayList<>();
            for (Node p : extra) cells.add(Map.of("values", values(objects(ontology, c, p))));
            rows.add(Map.of("local", local(c), "label", label(c), "notation", String.join(", ", literals(ontology, c, NOTATION)),
                    "notes", notes, "cells", cells));
        }
        v.put("concepts", List.of(Map.of("columns", columns, "rows", rows)));
        return TERM.fill(v);
    }

    private String otherEntry(Node o) {
        Map<String, Object> v = entry(o, "term other");
        List<Map<String, ?>> facts = new ArrayList<>();
        fact(facts, "kind", "Kind", values(objects(ontology, o, TYPE)));
        v.put("facts", List.of(Map.of("rows", facts)));
        return TERM.fill(v);
    }

    private Map<String, ?> shapeEntry(Node ns) {
        StringBuilder text = new StringBuilder();
        for (String comment : literals(shapes, ns, COMMENT)) text.append(prose(comment));
        List<Node> targets = objects(shapes, ns, TARGET_CLASS);
        String own = constraints(ns, Set.of(TARGET_CLASS, PROPERTY));
        String msg = messages(ns);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Node ps : objects(shapes, ns, PROPERTY)) {
            String anchor = shapeAnchors.get(ps);
            boolean here = anchor != null && owners.get(ps).get(0).equals(ns);
            rows.add(Map.of("here", when(here, Map.of("anchor", here ? anchor : "")),
                    "named", when(ps.isURI(), Map.of("qname", ps.isURI() ? qname(ps.getURI()) : "")),
                    "paths", paths(ps), "constraints", constraints(ps), "messages", messages(ps)));
        }
        return Map.of("anchor", shapeAnchors.get(ns), "name", shapeLocal(ns), "text", text.toString(),
                "targets", when(!targets.isEmpty(), Map.of("classes", values(targets))),
                "own", when(!own.isEmpty(), Map.of("constraints", own)), "message", when(!msg.isEmpty(), Map.of("messages", msg)),
                "table", when(!rows.isEmpty(), Map.of("rows", rows)));
    }

    // ---------------------------------------------------------------- examples

    /** One use of a term in the store: a triple, and the labels of its subject and object. */
    private record Example(Node s, Node p, Node o, String sLabel, String oLabel, boolean timedOut) {}

    private Map<Node, Example> examples(DatasetGraph dsg) {
        Query classQuery = QueryFactory.create(CLASS_EXAMPLE);
        Query propertyQuery = QueryFactory.create(PROPERTY_EXAMPLE);
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Map<String, String> labels = new HashMap<>();
            Map<Node, Example> out = new HashMap<>();
            for (Node c : classes) {
                try {
                    Binding row = first(dsg, classQuery, "class", c);
                    if (row != null) out.put(c, example(union, labels, row.get("s"), TYPE, c));
                } catch (QueryCancelledException e) {
                    out.put(c, new Example(null, null, null, null, null, true));
                }
            }
            for (List<Node> ps : propertiesByType.values())
                for (Node p : ps) {
                    try {
                        Binding row = first(dsg, propertyQuery, "property", p);
                        if (row != null) out.put(p, example(union, labels, row.get("s"), p, row.get("o")));
                    } catch (QueryCancelledException e) {
                        out.put(p, new Example(null, null, null, null, null, true));
                    }
                }
            return out;
        });
    }

    private static Binding first(DatasetGraph dsg, Query query, String var, Node term) {
        QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(var, term)
                .timeout(EXAMPLE_TIMEOUT_MS, TimeUnit.MILLISECONDS).build();
        try {
            RowSet rows = exec.select();
            return rows.hasNext() ? rows.next() : null;
        } finally {
            exec.close();
        }
    }

    private static Example example(Graph union, Map<String, String> labels, Node s, Node p, Node o) {
        EntityDescription.label(union, s, labels);
        EntityDescription.label(union, o, labels);
        return new Example(s, p, o, s.isURI() ? labels.get(s.getURI()) : null, o.isURI() ? labels.get(o.getURI()) : null, false);
    }

    /** The entry's example part: the example, or why there is none. */
    private void example(Map<String, Object> v, Example e, String contextPath) {
        if (e == null) v.put("noExample", when(true));
        else if (e.timedOut()) v.put("timedOut", List.of(Map.of("seconds", String.valueOf(EXAMPLE_TIMEOUT_MS / 1000))));
        else v.put("example", List.of(Map.of("subject", exampleNode(e.s(), e.sLabel(), contextPath), "predicate", qname(e.p().getURI()),
                    "object", exampleNode(e.o(), e.oLabel(), contextPath))));
    }

    private String exampleNode(Node n, String label, String contextPath) {
        if (n.isURI()) {
            String u = n.getURI();
            String href;
            String shown;
            if (u.startsWith(Ids.ID_BASE)) {
                href = contextPath + "/id/" + u.substring(Ids.ID_BASE.length());
                shown = label != null ? label : u.substring(Ids.ID_BASE.length());
            } else if (u.startsWith(PARLEY.NS) && declared.contains(local(n))) {
                href = "#" + local(n);
                shown = label != null ? label : "parley:" + local(n);
            } else {
                return value(n, "");
            }
            String small = u.startsWith(Ids.ID_BASE) ? " <small class=\"muted\">" + Html.escape(u.substring(Ids.ID_BASE.length())) + "</small>" : "";
            return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(shown) + "</a>" + small;
        }
        return value(n, "");
    }

    // ---------------------------------------------------------------- shapes

    /** The IRIs a property path mentions (an IRI, a sequence, an inverse or alternative path…). */
    private List<Node> pathTerms(Node path) {
        List<Node> out = new ArrayList<>();
        collectPathTerms(path, out, new HashSet<>());
        return out;
    }

    private void collectPathTerms(Node path, List<Node> out, Set<Node> seen) {
        if (!seen.add(path)) return;
        if (path.isURI()) {
            if (!path.equals(RDF.nil.asNode())) out.add(path);
            return;
        }
        if (path.isBlank()) {
            if (GraphList.isListNode(new GNode(shapes, path))) {
                for (Node m : GraphList.members(new GNode(shapes, path))) collectPathTerms(m, out, seen);
                return;
            }
            shapes.find(path, Node.ANY, Node.ANY).forEachRemaining(t -> collectPathTerms(t.getObject(), out, seen));
        }
    }

    /** A path in SPARQL property-path syntax, with links to the terms. */
    private String path(Node path) {
        if (path.isURI()) return value(path, "");
        if (path.isBlank()) {
            GNode g = new GNode(shapes, path);
            if (GraphList.isListNode(g)) {
                List<String> parts = new ArrayList<>();
                for (Node m : GraphList.members(g)) parts.add(path(m));
                return String.join("/", parts);
            }
            Node inv = one(shapes, path, sh("inversePath"));
            if (inv != null) return "^" + path(inv);
            Node alt = one(shapes, path, sh("alternativePath"));
            if (alt != null) {
                List<String> parts = new ArrayList<>();
                for (Node m : GraphList.members(new GNode(shapes, alt))) parts.add(path(m));
                return "(" + String.join("|", parts) + ")";
            }
            for (String[] mod : new String[][] {{"zeroOrMorePath", "*"}, {"oneOrMorePath", "+"}, {"zeroOrOnePath", "?"}}) {
                Node inner = one(shapes, path, sh(mod[0]));
                if (inner != null) return "(" + path(inner) + ")" + mod[1];
            }
        }
        return value(path, "");
    }

    private String paths(Node ps) {
        List<String> out = new ArrayList<>();
        for (Node p : objects(shapes, ps, PATH)) out.add(path(p));
        return String.join(", ", out);
    }

    private String constraints(Node shape) {
        return constraints(shape, Set.of());
    }

    /** The constraints of a shape, {@code sh:minCount} and {@code sh:maxCount} first, then by name. */
    private String constraints(Node shape, Set<Node> skip) {
        List<Triple> ts = new ArrayList<>();
        shapes.find(shape, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!NOT_CONSTRAINTS.contains(t.getPredicate()) && !skip.contains(t.getPredicate())) ts.add(t);
        });
        ts.sort(Comparator.comparing((Triple t) -> t.getPredicate().equals(sh("minCount")) ? 0 : t.getPredicate().equals(sh("maxCount")) ? 1 : 2)
                .thenComparing(t -> qname(t.getPredicate().getURI())).thenComparing(t -> t.getObject().toString()));
        List<String> out = new ArrayList<>();
        for (Triple t : ts) {
            if (t.getPredicate().equals(sh("sparql"))) {
                out.add(sparqlConstraint(t.getObject()));
                continue;
            }
            out.add("<code>" + Html.escape(qname(t.getPredicate().getURI())) + "</code> " + value(t.getObject(), ""));
        }
        return String.join("<br>", out);
    }

    private String sparqlConstraint(Node c) {
        StringBuilder b = new StringBuilder("<code>sh:sparql</code> ");
        if (c.isURI()) b.append("<code>").append(Html.escape(qname(c.getURI()))).append("</code>");
        String m = messages(c);
        if (!m.isEmpty()) b.append(": ").append(m);
        for (String select : literals(shapes, c, sh("select")))
            b.append("<details><summary>SPARQL</summary><pre>").append(Html.escape(select.strip())).append("</pre></details>");
        return b.toString();
    }

    private String messages(Node shape) {
        List<String> out = new ArrayList<>();
        for (String m : literals(shapes, shape, MESSAGE)) out.add("<q>" + Html.escape(m) + "</q>");
        return String.join(" ", out);
    }

    private String shapeLink(Node shape) {
        if (!shape.isURI()) return "<code>[]</code>";
        String anchor = shapeAnchors.get(shape);
        String code = "<code>" + Html.escape(qname(shape.getURI())) + "</code>";
        return anchor == null ? code : "<a href=\"#" + Html.escape(anchor) + "\">" + code + "</a>";
    }

    private List<Node> withSuperclasses(Node c) {
        List<Node> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.remove(0);
            if (out.contains(n)) continue;
            out.add(n);
            todo.addAll(objects(ontology, n, SUBCLASS));
        }
        return out;
    }

    // ---------------------------------------------------------------- values and text

    /** A row of an entry's facts, left out when there is nothing to say. */
    private static void fact(List<Map<String, ?>> rows, String cssClass, String name, String html) {
        if (html == null || html.isEmpty()) return;
        rows.add(Map.of("class", cssClass, "name", name, "value", html));
    }

    private String values(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) out.add(value(n, ""));
        return String.join(", ", out);
    }

    /** A node as HTML: Parley terms and shapes link within the page, other IRIs to themselves, lists and blank nodes spelled out. */
    private String value(Node n, String indent) {
        if (n.isURI()) {
            String u = n.getURI();
            String q = qname(u);
            String code = "<code>" + Html.escape(q) + "</code>";
            if (u.startsWith(PARLEY.NS) && declared.contains(local(n))) return "<a href=\"#" + Html.escape(local(n)) + "\">" + code + "</a>";
            if (shapeAnchors.containsKey(n)) return "<a href=\"#" + Html.escape(shapeAnchors.get(n)) + "\">" + code + "</a>";
            if (u.startsWith(Ids.ID_BASE) || u.startsWith(PARLEYSH) || !(u.startsWith("http://") || u.startsWith("https://"))) return code;
            return "<a href=\"" + Html.escape(u) + "\">" + code + "</a>";
        }
        if (n.isLiteral()) {
            StringBuilder b = new StringBuilder("<code>");
            boolean number = n.getLiteralDatatypeURI() != null && n.getLiteralDatatypeURI().startsWith("http://www.w3.org/2001/XMLSchema#")
                    && n.getLiteralValue() instanceof Number;
            b.append(number ? Html.escape(n.getLiteralLexicalForm()) : Html.escape("\"" + n.getLiteralLexicalForm() + "\""));
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) b.append("@").append(Html.escape(lang));
            else if (!number && n.getLiteralDatatypeURI() != null && !n.getLiteralDatatypeURI().equals(XSD_STRING))
                b.append("^^").append(Html.escape(qname(n.getLiteralDatatypeURI())));
            return b.append("</code>").toString();
        }
        if (n.isBlank()) {
            GNode g = new GNode(shapes, n);
            if (GraphList.isListNode(g) || n.equals(RDF.nil.asNode())) {
                List<String> parts = new ArrayList<>();
                for (Node m : GraphList.members(g)) parts.add(value(m, indent));
                return "( " + String.join(" ", parts) + " )";
            }
            List<String> parts = new ArrayList<>();
            shapes.find(n, Node.ANY, Node.ANY).forEachRemaining(t ->
                    parts.add("<code>" + Html.escape(qname(t.getPredicate().getURI())) + "</code> " + value(t.getObject(), indent)));
            return "[ " + String.join(" ; ", parts) + " ]";
        }
        return "<code>" + Html.escape(n.toString()) + "</code>";
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** Text in paragraphs (blank lines separate them), with {@code parley:Term} linked to its entry. */
    private String prose(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) b.append("<p>").append(inline(para)).append("</p>\n");
        return b.toString();
    }

    private String inline(String text) {
        String escaped = Html.escape(text.strip().replaceAll("\\s*\\n\\s*", " "));
        Matcher m = TERM_IN_TEXT.matcher(escaped);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String local = m.group(1);
            m.appendReplacement(b, Matcher.quoteReplacement(declared.contains(local)
                    ? "<a href=\"#" + local + "\"><code>parley:" + local + "</code></a>" : "<code>parley:" + local + "</code>"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The English rdfs:label, else the English skos:prefLabel, else any, else the local name. */
    private String label(Node t) {
        for (Node p : List.of(LABEL, PREF_LABEL)) {
            String any = null;
            for (Triple tr : ontology.find(t, p, Node.ANY).toList()) {
                Node o = tr.getObject();
                if (!o.isLiteral()) continue;
                if ("en".equalsIgnoreCase(o.getLiteralLanguage())) return o.getLiteralLexicalForm();
                if (any == null) any = o.getLiteralLexicalForm();
            }
            if (any != null) return any;
        }
        return local(t);
    }

    static String qname(String iri) {
        String best = null;
        int len = -1;
        for (Map.Entry<String, String> e : PREFIXES.entrySet())
            if (iri.startsWith(e.getValue()) && e.getValue().length() > len) {
                String local = iri.substring(e.getValue().length());
                if (local.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                    best = e.getKey() + ":" + local;
                    len = e.getValue().length();
                }
            }
        return best != null ? best : "<" + iri + ">";
    }

    private static String local(Node n) {
        return n.getURI().substring(PARLEY.NS.length());
    }

    private static String shapeLocal(Node n) {
        String u = n.getURI();
        return u.startsWith(PARLEYSH) ? u.substring(PARLEYSH.length()) : u.replaceAll("^.*[#/]", "");
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    private static boolean has(Graph g, Node s, Node p, Node o) {
        return g.contains(s, p, o);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> os = objects(g, s, p);
        return os.isEmpty() ? null : os.get(0);
    }

    /** Objects, sorted (IRIs by IRI, literals by lexical form) so that the page is the same at every request. */
    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return sorted(out);
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return sorted(out);
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(g, s, p)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
        return out;
    }

    private static String literal(Graph g, Node s, Node p) {
        List<String> ls = literals(g, s, p);
        return ls.isEmpty() ? null : ls.get(0);
    }

    /** Nodes in a stable order (a graph keeps no order): IRIs by IRI, then literals, then blank nodes. */
    private static List<Node> sorted(java.util.Collection<Node> nodes) {
        Map<String, Node> m = new TreeMap<>();
        int i = 0;
        for (Node n : nodes) {
            String key = n.isURI() ? "0" + n.getURI() : n.isLiteral() ? "1" + n.getLiteralLexicalForm() + n.getLiteralLanguage() : "2" + (i++) + n;
            m.putIfAbsent(key, n);
        }
        return new ArrayList<>(m.values());
    }
}
