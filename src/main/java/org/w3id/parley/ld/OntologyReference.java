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
        StringBuilder b = new StringBuilder(256 * 1024);
        String root = Html.escape(contextPath + "/");
        String nav = "<a href=\"" + root + "\">Home</a><a href=\"" + root + "catalog\">Catalog</a><a href=\"" + root
                + "report\">Stance report</a><a href=\"" + root + "ontology\">Ontology</a>";
        String head = Html.head("Parley ontology", CSS, nav);
        String alternates = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + root + "ontology/parley.ttl\">\n"
                + "<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"" + root + "ontology/parley.rdf\">\n"
                + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + root + "ontology/parley.jsonld\">\n"
                + "<link rel=\"alternate\" type=\"application/n-triples\" href=\"" + root + "ontology/parley.nt\">\n"
                + "<link rel=\"canonical\" href=\"" + PARLEY.ONTOLOGY_IRI + "\">\n";
        b.append(head.replace("</head>", alternates + "</head>"));
        b.append(header(root));

        b.append("<h2 id=\"sec-classes\">Classes</h2>\n");
        for (Node c : classes) classEntry(b, c, examples.get(c), contextPath);
        b.append("<h2 id=\"sec-properties\">Properties</h2>\n");
        for (List<Node> ps : propertiesByType.values())
            for (Node p : ps) propertyEntry(b, p, examples.get(p), contextPath);
        b.append("<h2 id=\"sec-schemes\">Concept schemes</h2>\n<p>The controlled vocabularies: each value is a <code>skos:Concept</code> ")
                .append("of its scheme, and an instance of the class named with the scheme.</p>\n");
        for (Node s : schemes) schemeEntry(b, s);
        if (!others.isEmpty()) {
            b.append("<h2 id=\"sec-other\">Other terms</h2>\n");
            for (Node o : others) otherEntry(b, o);
        }
        b.append("<h2 id=\"sec-shapes\">Shapes</h2>\n<p>The SHACL shapes (<code>ontology/shapes.ttl</code>, namespace <code>")
                .append(PARLEYSH).append("</code>) that every import validates the data against. Shapes with a target check ")
                .append("each instance of their class (and of its subclasses); the others describe a kind of value and are used by them.</p>\n");
        for (Node ns : nodeShapes) shapeEntry(b, ns);
        b.append("<footer class=\"muted\"><p>Generated from <code>ontology/parley.ttl</code> and <code>ontology/shapes.ttl</code> ")
                .append("as bundled in this Parley; the examples are read from the store this server serves.</p></footer>\n");
        b.append(Html.tail());
        return b.toString();
    }

    // ---------------------------------------------------------------- the fixed parts

    private String header(String root) {
        Node ont = NodeFactory.createURI(PARLEY.ONTOLOGY_IRI);
        StringBuilder b = new StringBuilder();
        String title = literal(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/title"));
        String version = literal(ontology, ont, OWL.versionInfo.asNode());
        b.append("<p class=\"lead\"><strong>").append(Html.escape(title != null ? title : "Parley ontology")).append("</strong>");
        if (version != null) b.append(", version ").append(Html.escape(version));
        b.append(".</p>\n<table class=\"facts\">\n");
        row(b, "iri", "IRI", "<code>" + Html.escape(PARLEY.ONTOLOGY_IRI) + "</code>");
        for (Node v : objects(ontology, ont, OWL.versionIRI.asNode())) row(b, "version-iri", "Version IRI", "<code>" + Html.escape(v.getURI()) + "</code>");
        for (Node v : objects(ontology, ont, OWL.priorVersion.asNode())) row(b, "prior-version", "Prior version", "<code>" + Html.escape(v.getURI()) + "</code>");
        row(b, "namespace", "Namespace", "<code>" + Html.escape(PARLEY.NS) + "</code>, prefix <code>parley:</code>");
        for (Node l : objects(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/license"))) row(b, "license", "Licence", value(l, ""));
        row(b, "formats", "As RDF", "this address answers <code>text/turtle</code>, <code>application/rdf+xml</code>, "
                + "<code>application/ld+json</code> and <code>application/n-triples</code> by the <code>Accept</code> header; "
                + "to download: <a href=\"" + root + "ontology/parley.ttl\">Turtle</a>, <a href=\"" + root + "ontology/parley.rdf\">RDF/XML</a>, "
                + "<a href=\"" + root + "ontology/parley.jsonld\">JSON-LD</a>, <a href=\"" + root + "ontology/parley.nt\">N-Triples</a>; "
                + "the shapes: <a href=\"" + root + "ontology/shapes.ttl\">shapes.ttl</a>");
        b.append("</table>\n");
        String description = literal(ontology, ont, NodeFactory.createURI("http://purl.org/dc/terms/description"));
        if (description != null) b.append(prose(description));
        b.append("<p class=\"muted\">The SPARQL endpoint does no RDFS inference: an instance carries the types its record states, ")
                .append("so <code>?s a parley:Party</code> finds only what is typed so; ask <code>?s a/rdfs:subClassOf* parley:Party</code> ")
                .append("for every party.</p>\n");

        b.append("<nav class=\"toc\" id=\"contents\">\n<h2>Contents</h2>\n");
        toc(b, "Classes", "sec-classes", classes);
        for (Map.Entry<Node, List<Node>> e : propertiesByType.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            String kind = switch (e.getKey().getLocalName()) {
                case "ObjectProperty" -> "Object properties";
                case "DatatypeProperty" -> "Datatype properties";
                case "AnnotationProperty" -> "Annotation properties";
                default -> "Other properties";
            };
            toc(b, kind, "sec-properties", e.getValue());
        }
        toc(b, "Concept schemes", "sec-schemes", schemes);
        if (!others.isEmpty()) toc(b, "Other terms", "sec-other", others);
        b.append("<h3><a href=\"#sec-shapes\">Shapes</a></h3>\n<ul>\n");
        for (Node ns : nodeShapes)
            b.append("<li><a href=\"#").append(shapeAnchors.get(ns)).append("\">").append(Html.escape(shapeLocal(ns))).append("</a></li>\n");
        b.append("</ul>\n</nav>\n");
        return b.toString();
    }

    private void toc(StringBuilder b, String title, String section, List<Node> terms) {
        b.append("<h3><a href=\"#").append(section).append("\">").append(Html.escape(title)).append("</a> <small class=\"muted\">")
                .append(terms.size()).append("</small></h3>\n<ul>\n");
        for (Node t : terms)
            b.append("<li><a href=\"#").append(Html.escape(local(t))).append("\">").append(Html.escape(local(t))).append("</a></li>\n");
        b.append("</ul>\n");
    }

    private void entryHead(StringBuilder b, Node t, String cssClass) {
        String local = local(t);
        b.append("<section class=\"").append(cssClass).append("\" id=\"").append(Html.escape(local)).append("\">\n<h3>")
                .append(Html.escape(label(t))).append(" <small><code>parley:").append(Html.escape(local)).append("</code></small></h3>\n")
                .append("<p class=\"iri\"><code>").append(Html.escape(t.getURI())).append("</code></p>\n");
        for (String def : literals(ontology, t, DEFINITION)) b.append(prose(def));
        for (String comment : literals(ontology, t, COMMENT)) b.append(prose(comment));
    }

    private void classEntry(StringBuilder b, Node c, Example example, String contextPath) {
        entryHead(b, c, "term class");
        b.append("<table class=\"facts\">\n");
        row(b, "superclasses", "Superclasses", values(objects(ontology, c, SUBCLASS)));
        row(b, "subclasses", "Subclasses", values(subjects(ontology, SUBCLASS, c)));
        row(b, "disjoint", "Disjoint with", values(objects(ontology, c, OWL.disjointWith.asNode())));
        Set<Node> asDomain = new LinkedHashSet<>(subjects(ontology, DOMAIN, c));
        asDomain.addAll(subjects(ontology, DOMAIN_INCLUDES, c));
        row(b, "properties", "Properties", values(sorted(asDomain)));
        Set<Node> asRange = new LinkedHashSet<>(subjects(ontology, RANGE, c));
        asRange.addAll(subjects(ontology, RANGE_INCLUDES, c));
        row(b, "used-by", "Value of", values(sorted(asRange)));
        List<Node> instances = new ArrayList<>();
        for (Node s : subjects(ontology, TYPE, c)) if (s.isURI() && s.getURI().startsWith(PARLEY.NS)) instances.add(s);
        row(b, "values", "Values", values(sorted(instances)));
        b.append("</table>\n");

        // The shapes that check an instance: those targeting the class and those targeting its superclasses.
        List<String> checks = new ArrayList<>();
        for (Node sup : withSuperclasses(c))
            for (Node ns : shapesOfClass.getOrDefault(sup, List.of())) {
                StringBuilder li = new StringBuilder("<li>").append(shapeLink(ns));
                if (!sup.equals(c)) li.append(" <span class=\"muted\">(as a ").append(value(sup, "")).append(")</span>");
                for (String comment : literals(shapes, ns, COMMENT)) li.append(": ").append(inline(comment));
                List<String> paths = new ArrayList<>();
                for (Node ps : objects(shapes, ns, PROPERTY))
                    for (Node path : objects(shapes, ps, PATH)) paths.add(path(path));
                if (!paths.isEmpty()) li.append("<br><span class=\"muted\">Constrains</span> ").append(String.join(", ", paths));
                checks.add(li.append("</li>").toString());
            }
        b.append("<h4>Checked by</h4>\n");
        if (checks.isEmpty()) b.append("<p class=\"none\">No shape targets this class.</p>\n");
        else b.append("<ul class=\"checks\">\n").append(String.join("\n", checks)).append("\n</ul>\n");
        if (example == null && !subjects(ontology, SUBCLASS, c).isEmpty())
            b.append("<p class=\"example none\">Example: no example in this store. Records are typed with the subclasses ")
                    .append("and the endpoint does no inference: ask for <code>?s a/rdfs:subClassOf* parley:")
                    .append(Html.escape(local(c))).append("</code>.</p>\n");
        else exampleParagraph(b, example, contextPath);
        b.append("</section>\n");
    }

    private void propertyEntry(StringBuilder b, Node p, Example example, String contextPath) {
        entryHead(b, p, "term property");
        b.append("<table class=\"facts\">\n");
        List<Node> kinds = new ArrayList<>();
        for (Node t : objects(ontology, p, TYPE)) kinds.add(t);
        row(b, "kind", "Kind", values(kinds));
        row(b, "superproperties", "Superproperties", values(objects(ontology, p, SUBPROPERTY)));
        row(b, "subproperties", "Subproperties", values(subjects(ontology, SUBPROPERTY, p)));
        Set<Node> inverse = new LinkedHashSet<>(objects(ontology, p, OWL.inverseOf.asNode()));
        inverse.addAll(subjects(ontology, OWL.inverseOf.asNode(), p));
        row(b, "inverse", "Inverse of", values(new ArrayList<>(inverse)));
        row(b, "domain", "Domain", values(objects(ontology, p, DOMAIN)));
        row(b, "domain-includes", "Domain includes", values(objects(ontology, p, DOMAIN_INCLUDES)));
        row(b, "range", "Range", values(objects(ontology, p, RANGE)));
        row(b, "range-includes", "Range includes", values(objects(ontology, p, RANGE_INCLUDES)));
        b.append("</table>\n<h4>Checked by</h4>\n");
        List<Node> checks = checksOfProperty.getOrDefault(p, List.of());
        if (checks.isEmpty()) b.append("<p class=\"none\">No shape constrains this property.</p>\n");
        else {
            b.append("<table class=\"checks\">\n<thead><tr><th>Shape</th><th>Path</th><th>Constraints</th><th>Message</th></tr></thead>\n<tbody>\n");
            for (Node ps : checks) {
                List<String> in = new ArrayList<>();
                for (Node ns : owners.getOrDefault(ps, List.of())) {
                    List<Node> targets = objects(shapes, ns, TARGET_CLASS);
                    in.add(shapeLink(ns) + (targets.isEmpty() ? "" : " <span class=\"muted\">on</span> " + values(targets)));
                }
                b.append("<tr><td>").append(shapeLink(ps)).append(in.isEmpty() ? "" : "<br><span class=\"muted\">in</span> " + String.join(", ", in))
                        .append("</td><td>").append(paths(ps)).append("</td><td>").append(constraints(ps)).append("</td><td>")
                        .append(messages(ps)).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        exampleParagraph(b, example, contextPath);
        b.append("</section>\n");
    }

    private void schemeEntry(StringBuilder b, Node s) {
        entryHead(b, s, "scheme");
        List<Node> concepts = conceptsByScheme.getOrDefault(s, List.of());
        if (concepts.isEmpty()) {
            b.append("<p class=\"none\">The scheme has no concepts.</p>\n</section>\n");
            return;
        }
        // Other statements on the concepts (parley:rank, for example) get a column each.
        Set<Node> extra = new java.util.TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node c : concepts)
            ontology.find(c, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                if (!Set.of(TYPE, PREF_LABEL, NOTATION, DEFINITION, IN_SCHEME, SKOS.topConceptOf.asNode(), LABEL, COMMENT).contains(p))
                    extra.add(p);
            });
        b.append("<table class=\"concepts\">\n<thead><tr><th>Concept</th><th>Label</th><th>Notation</th><th>Definition</th>");
        for (Node p : extra) b.append("<th>").append(value(p, "")).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (Node c : concepts) {
            b.append("<tr id=\"").append(Html.escape(local(c))).append("\"><td><code>parley:").append(Html.escape(local(c)))
                    .append("</code></td><td>").append(Html.escape(label(c))).append("</td><td>")
                    .append(Html.escape(String.join(", ", literals(ontology, c, NOTATION)))).append("</td><td>");
            for (String d : literals(ontology, c, DEFINITION)) b.append(inline(d)).append(' ');
            for (String d : literals(ontology, c, COMMENT)) b.append(inline(d)).append(' ');
            b.append("</td>");
            for (Node p : extra) b.append("<td>").append(values(objects(ontology, c, p))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private void otherEntry(StringBuilder b, Node o) {
        entryHead(b, o, "term other");
        b.append("<table class=\"facts\">\n");
        row(b, "kind", "Kind", values(objects(ontology, o, TYPE)));
        b.append("</table>\n</section>\n");
    }

    private void shapeEntry(StringBuilder b, Node ns) {
        b.append("<section class=\"shape\" id=\"").append(shapeAnchors.get(ns)).append("\">\n<h3><code>parleysh:")
                .append(Html.escape(shapeLocal(ns))).append("</code></h3>\n");
        for (String comment : literals(shapes, ns, COMMENT)) b.append(prose(comment));
        List<Node> targets = objects(shapes, ns, TARGET_CLASS);
        if (!targets.isEmpty()) b.append("<p>Checks every ").append(values(targets)).append(".</p>\n");
        String own = constraints(ns, Set.of(TARGET_CLASS, PROPERTY));
        if (!own.isEmpty()) b.append("<div class=\"node-constraints\">A conforming node: ").append(own).append("</div>\n");
        String msg = messages(ns);
        if (!msg.isEmpty()) b.append("<p>").append(msg).append("</p>\n");
        List<Node> props = objects(shapes, ns, PROPERTY);
        if (!props.isEmpty()) {
            b.append("<table class=\"constraints\">\n<thead><tr><th>Property shape</th><th>Path</th><th>Constraints</th><th>Message</th></tr></thead>\n<tbody>\n");
            for (Node ps : props) {
                String anchor = shapeAnchors.get(ps);
                boolean here = anchor != null && owners.get(ps).get(0).equals(ns);
                b.append("<tr").append(here ? " id=\"" + anchor + "\"" : "").append("><td>")
                        .append(ps.isURI() ? "<code>" + Html.escape(qname(ps.getURI())) + "</code>" : "")
                        .append("</td><td>").append(paths(ps)).append("</td><td>").append(constraints(ps)).append("</td><td>")
                        .append(messages(ps)).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
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

    private void exampleParagraph(StringBuilder b, Example e, String contextPath) {
        if (e == null) {
            b.append("<p class=\"example none\">Example: no example in this store.</p>\n");
            return;
        }
        if (e.timedOut()) {
            b.append("<p class=\"example none\">Example: none found within ").append(EXAMPLE_TIMEOUT_MS / 1000).append(" s.</p>\n");
            return;
        }
        b.append("<p class=\"example\">Example from this store: ").append(exampleNode(e.s(), e.sLabel(), contextPath))
                .append(" <code>").append(Html.escape(qname(e.p().getURI()))).append("</code> ")
                .append(exampleNode(e.o(), e.oLabel(), contextPath)).append("</p>\n");
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
        return anchor == null ? code : "<a href=\"#" + anchor + "\">" + code + "</a>";
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

    private static void row(StringBuilder b, String cssClass, String name, String html) {
        if (html == null || html.isEmpty()) return;
        b.append("<tr class=\"").append(cssClass).append("\"><th>").append(Html.escape(name)).append("</th><td>").append(html).append("</td></tr>\n");
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
            if (shapeAnchors.containsKey(n)) return "<a href=\"#" + shapeAnchors.get(n) + "\">" + code + "</a>";
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
