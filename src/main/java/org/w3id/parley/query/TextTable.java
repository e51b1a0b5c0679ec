package org.w3id.parley.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.parley.rdf.Ids;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * SELECT results as an aligned text table for people: one column per variable, values as
 * plain text. Literals show their lexical form (no quotes, datatypes or language tags); Parley
 * entities show as {@code kind/slug}, the form parameters take; other IRIs use the query's
 * prefixes where one applies. Unbound values are blank. Tools should use CSV, TSV or JSON.
 */
public final class TextTable {
    private TextTable() {}

    /**
     * Writes {@code rs} as a table.
     *
     * @param rs       the results (consumed)
     * @param prefixes the query's prefixes, for shortening IRIs
     * @param out      where to write
     */
    public static void write(ResultSet rs, PrefixMapping prefixes, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) row[i] = text(s.get(vars.get(i)), prefixes);
            rows.add(row);
        }
        write(vars, rows, out);
        out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
        out.flush();
    }

    /** Writes a header, a rule and the rows, each column as wide as its widest cell. */
    public static void write(List<String> header, List<String[]> rows, PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = length(header.get(i));
        for (String[] r : rows)
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], length(r[i]));
        line(header.toArray(String[]::new), width, out);
        String[] rule = new String[width.length];
        for (int i = 0; i < rule.length; i++) rule[i] = "-".repeat(width[i]);
        line(rule, width, out);
        for (String[] r : rows) line(r, width, out);
    }

    private static void line(String[] cells, int[] width, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append("  ");
            b.append(cells[i]);
            if (i < cells.length - 1) b.append(" ".repeat(width[i] - length(cells[i])));
        }
        out.println(b.toString().stripTrailing());
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** One value as table text. */
    static String text(RDFNode n, PrefixMapping prefixes) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (n.isAnon()) return "_:" + n.asResource().getId();
        String iri = n.asResource().getURI();
        if (iri.startsWith(Ids.ID_BASE)) return iri.substring(Ids.ID_BASE.length());
        String qname = prefixes == null ? null : prefixes.qnameFor(iri);
        return qname != null ? qname : "<" + iri + ">";
    }
}
