package org.w3id.parley.report;

import org.w3id.parley.report.StanceReport.Claim;
import org.w3id.parley.report.StanceReport.Target;
import org.w3id.parley.report.StanceReport.Entry;
import org.w3id.parley.report.StanceReport.Party;
import org.w3id.parley.report.StanceReport.Position;
import org.w3id.parley.report.StanceReport.Proposal;
import org.w3id.parley.report.StanceReport.Region;
import org.w3id.parley.report.StanceReport.Source;
import org.w3id.parley.report.StanceReport.Stance;
import org.w3id.parley.report.StanceReport.Touch;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

import static org.w3id.parley.report.HtmlTemplate.when;

/**
 * Renders a {@link StanceReport} as one HTML page: inline CSS, no script, no fonts or images
 * from elsewhere, so it opens offline and prints. Each matrix cell's details are in its
 * {@code title} (shown on hover) and, for reading without a mouse, in the stance table below
 * the matrix, which each cell links to. The markup after the page's head is the template
 * report.html beside this class, with a section for each repeated part; the code gathers the
 * values (the counts, the texts of the cells, the tooltips).
 */
final class ReportHtml {
    private ReportHtml() {}

    /** Positions are coloured from blue (supports) to red (red line): ColorBrewer's diverging RdYlBu, legible with common colour-vision deficiencies. */
    private static final String CSS = """
            .summary { color: var(--muted); }
            .legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: .6rem 0 1rem; padding: 0; list-style: none; font-size: .9em; }
            .legend li { display: flex; align-items: center; gap: .35rem; }
            .chip { display: inline-block; border-radius: 3px; padding: .05rem .4rem; margin: .1rem .1rem .1rem 0; font-size: .82em;
                    text-decoration: none; color: #111; border: 1px solid rgba(0,0,0,.18); white-space: nowrap; cursor: help; }
            .chip.superseded { text-decoration: line-through; opacity: .7; }
            .chip.lapsed { opacity: .5; }
            .pos-supports { background: #2c7bb6; color: #fff; }
            .pos-accepts-conditionally { background: #abd9e9; }
            .pos-open-to { background: #e0f3f8; }
            .pos-ambiguous { background: #f2f2f2; }
            .pos-sceptical { background: #fee090; }
            .pos-opposes { background: #fdae61; }
            .pos-red-line { background: #d7191c; color: #fff; }
            .none { color: #a0a7b4; cursor: help; }
            .matrix-wrap { overflow-x: auto; border: 1px solid var(--line); }
            table.matrix { font-size: .85em; }
            table.matrix { width: 100%; }
            table.matrix thead th { position: sticky; top: 0; background: #f0f3f7; z-index: 1; }
            table.matrix tr.group th { background: #e4ebf5; font-size: 1.05em; padding-top: .5rem; }
            table.matrix small { font-weight: normal; color: var(--muted); }
            table.matrix th.target small { display: block; }
            table.matrix th.party { min-width: 7.5rem; text-align: center; }
            table.matrix th.party small { display: block; }
            table.matrix th.target { font-weight: normal; min-width: 18rem; max-width: 34rem; background: #fff; }
            table.matrix th.target.proposal { font-style: italic; color: var(--muted); }
            table.matrix td.cell { text-align: center; vertical-align: middle; }
            table.matrix td.cell.silent { background: repeating-linear-gradient(45deg, #fafbfc, #fafbfc 4px, #f3f5f8 4px, #f3f5f8 8px); }
            table.detail { font-size: .85em; width: 100%; }
            table.detail td.quote { font-style: italic; }
            ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid #c9d3e1; }
            ol.timeline li { position: relative; padding: .35rem .6rem .5rem 1.2rem; }
            ol.timeline li::before { content: ""; position: absolute; left: -.5rem; top: .75rem; width: .7rem; height: .7rem;
                                     border-radius: 50%; background: #fff; border: 2px solid #7b8aa3; }
            ol.timeline li.kind-statement::before { border-color: #2c7bb6; }
            ol.timeline li.kind-proposal::before { border-color: #1a9641; background: #1a9641; }
            ol.timeline li.kind-event::before { border-color: #e08214; }
            .when { display: inline-block; min-width: 7.5rem; font-weight: 600; }
            .undated .when { color: var(--muted); font-weight: normal; font-style: italic; }
            .kind { font-size: .75em; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-right: .4rem; }
            .sub { color: var(--muted); font-size: .9em; margin-left: 7.9rem; }
            .region { border: 1px solid var(--line); border-radius: 4px; padding: .2rem .9rem .8rem; margin-bottom: 1rem;
                      display: grid; grid-template-columns: minmax(16rem, 2fr) 3fr; gap: 0 1.5rem; }
            .region h3 { grid-column: 1 / -1; }
            .region h3 small { font-weight: normal; color: var(--muted); }
            .region ul { margin: 0; padding-left: 1.2rem; }
            .region table { font-size: .85em; width: 100%; }
            @media (max-width: 60rem) { .region { grid-template-columns: 1fr; } }
            .kind-claimed { background: #fde0c5; border-radius: 3px; padding: 0 .3rem; }
            .kind-assessed { background: #d5e8d4; border-radius: 3px; padding: 0 .3rem; }
            footer { color: var(--muted); font-size: .85em; margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .5rem; }
            @media print { .matrix-wrap { overflow: visible; } header.top { background: none; color: #000; } }
            """;

    /** The page's content after the head: report.html beside this class. */
    private static final HtmlTemplate PAGE = HtmlTemplate.resource(ReportHtml.class, "report.html");

    static String render(StanceReport r, String navigation) {
        long holders = r.stances().stream().map(Stance::holder).distinct().count();
        List<Map<String, ?>> sources = new ArrayList<>();
        for (Source s : r.sources())
            sources.add(Map.of("title", text(s.title() == null ? s.iri() : s.title()), "published", published(s),
                    "publisher", when(s.publisher() != null, Map.of("publisher", text(s.publisher())))));
        Map<String, Object> page = new HashMap<>();
        page.put("stanceCount", count(r.stances().size(), "stance", "stances"));
        page.put("holderCount", count(holders, "party", "parties"));
        page.put("proposalCount", count(r.proposals().size(), "proposal", "proposals"));
        page.put("otherTargetCount", count(r.otherTargets().size(), "other target", "other targets"));
        page.put("sourceCount", count(r.sources().size(), "source", "sources"));
        page.put("sourceList", when(!sources.isEmpty(), Map.of("sources", sources)));
        matrix(page, r);
        page.put("stances", stances(r));
        page.put("entries", timeline(r));
        page.put("regions", regions(r));
        page.put("generated", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.generated().atOffset(ZoneOffset.UTC).withNano(0)));
        return Html.head("Parley stance report", CSS, navigation) + PAGE.fill(page) + Html.tail();
    }

    private static String published(Source s) {
        if (s.issued() != null) return "published " + s.issued();
        if (s.notBefore() != null || s.notAfter() != null)
            return "published between " + (s.notBefore() == null ? "?" : s.notBefore()) + " and " + (s.notAfter() == null ? "?" : s.notAfter());
        return "publication date unknown";
    }

    // ---- the matrix

    private static void matrix(Map<String, Object> page, StanceReport r) {
        List<Map<String, ?>> positions = new ArrayList<>();
        for (Position p : r.positions())
            positions.add(Map.of("code", text(p.code()), "definition", text(p.definition()), "label", text(p.label())));
        List<Map<String, ?>> parties = new ArrayList<>();
        for (Party p : r.parties())
            parties.add(Map.of("iri", text(p.iri()), "label", text(p.label()), "note", text(p.representsLabel() != null ? "for " + p.representsLabel() : p.kind())));
        String width = String.valueOf(1 + r.parties().size());
        List<Map<String, ?>> groups = new ArrayList<>();
        for (Proposal p : r.proposals()) {
            List<Map<String, ?>> rows = new ArrayList<>();
            rows.add(row(r, new Target(p.iri(), "proposal", p.label(), p.label(), null, null)));
            for (Target c : p.provisions()) rows.add(row(r, c));
            groups.add(Map.of("width", width, "label", text(p.label()), "rows", rows, "note", text(Html.join(" · ",
                    p.author() == null ? null : "by " + p.author(), p.status(), p.proposedOn() != null ? p.proposedOn() : quoted(p.timeExpression())))));
        }
        if (!r.otherTargets().isEmpty()) {
            List<Map<String, ?>> rows = new ArrayList<>();
            for (Target c : r.otherTargets()) rows.add(row(r, c));
            groups.add(Map.of("width", width, "label", "Other targets", "note", "options and other records no provision selects", "rows", rows));
        }
        page.put("positions", positions);
        page.put("parties", parties);
        page.put("groups", groups);
    }

    private static Map<String, ?> row(StanceReport r, Target c) {
        List<Map<String, ?>> cells = new ArrayList<>();
        for (Party p : r.parties()) {
            List<Stance> cell = r.cell(p, c);
            List<Map<String, ?>> chips = new ArrayList<>();
            for (Stance s : cell)
                chips.add(Map.of("position", text(s.position()), "superseded", when(s.earlier()), "lapsed", when(!s.earlier() && s.lapsed()),
                        "anchor", anchor(s.iri()), "tooltip", tooltip(s, p, c), "label", text(s.positionLabel())));
            cells.add(Map.of("silent", when(cell.isEmpty()), "party", text(p.iri()), "target", text(c.iri()),
                    "none", when(cell.isEmpty(), Map.of("party", text(p.label()))), "chips", chips));
        }
        boolean whole = c.kind().equals("proposal");
        return Map.of("iri", text(c.iri()), "kind", text(c.kind()), "whole", when(whole), "cells", cells,
                "part", when(!whole, Map.of("label", text(c.label()), "note", text(Html.join(" · ", c.kind(), c.issueLabel())))));
    }

    /** The hover text of a cell: plain text, one fact a line. */
    static String tooltip(Stance s, Party p, Target c) {
        List<String> lines = new ArrayList<>();
        lines.add(p.label() + ": " + s.positionLabel());
        if (c != null && !c.iri().equals(s.target()))
            lines.add("on the option “" + label(s) + "”, which this provision selects");
        else lines.add("on the " + (s.targetKind() == null ? "target" : s.targetKind()) + " “" + label(s) + "”");
        if (s.quote() != null) lines.add("“" + s.quote() + "”");
        lines.add("speaker: " + (s.speaker() == null ? "not named" : s.speaker()));
        lines.add("when: " + (s.when() == null ? "not stated" : s.when()));
        if (s.condition() != null) lines.add("condition: " + s.condition());
        if (s.validFrom() != null || s.validUntil() != null)
            lines.add("valid: " + (s.validFrom() == null ? "…" : s.validFrom()) + " to " + (s.validUntil() == null ? "…" : s.validUntil()));
        lines.add("source: " + (s.source() == null ? "unknown" : s.source()));
        lines.add("reporting basis: " + (s.basis() == null ? "unknown" : s.basis())
                + (s.attributedTo() == null ? "" : " (attributed to " + s.attributedTo() + ")"));
        if (s.confidence() != null) lines.add("confidence: " + s.confidence() + (s.hedge() == null ? "" : " (“" + s.hedge() + "”)"));
        if (s.statedOn() == null && s.datedBy() != null && s.dating() != null)
            lines.add("placed in time: " + s.dating() + " " + s.datedBy());
        if (s.earlier()) lines.add("earlier: a later stance of the same holder on this target replaces it");
        if (s.lapsed()) lines.add("lapsed: its validity has ended");
        return String.join("\n", lines);
    }

    private static List<Map<String, ?>> stances(StanceReport r) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Party p : r.parties())
            for (Stance s : r.stances()) {
                if (!s.holder().equals(p.iri())) continue;
                rows.add(Map.ofEntries(Map.entry("anchor", anchor(s.iri())), Map.entry("party", text(p.label())), Map.entry("position", text(s.position())),
                        Map.entry("positionLabel", text(s.positionLabel())), Map.entry("on", (s.targetKind() == null ? "" : s.targetKind() + ": ") + text(label(s))),
                        Map.entry("quote", s.quote() == null ? "" : "“" + s.quote() + "”"), Map.entry("speaker", text(s.speaker())),
                        Map.entry("when", text(s.when())), Map.entry("condition", text(s.condition())), Map.entry("basis", text(s.basis())),
                        Map.entry("attributed", when(s.attributedTo() != null, Map.of("to", text(s.attributedTo())))), Map.entry("source", text(s.source()))));
            }
        return rows;
    }

    // ---- the timeline

    /** "published on D", "published between A and B", "published after A", "published before B", or null. */
    static String publication(StanceReport.Source s) {
        if (s.issued() != null) return "published on " + s.issued();
        if (s.notBefore() != null && s.notAfter() != null) return "published between " + s.notBefore() + " and " + s.notAfter();
        if (s.notBefore() != null) return "published on or after " + s.notBefore();
        if (s.notAfter() != null) return "published on or before " + s.notAfter();
        return null;
    }

    private static List<Map<String, ?>> timeline(StanceReport r) {
        Map<String, String> published = new HashMap<>();
        for (StanceReport.Source s : r.sources()) {
            String when = publication(s);
            if (s.title() != null && when != null) published.putIfAbsent(s.title(), when);
        }
        List<Map<String, ?>> entries = new ArrayList<>();
        for (Entry e : r.timeline()) {
            String anchor = e.date() == null && e.timeExpression() != null && e.source() != null ? published.get(e.source()) : null;
            String sub = Html.join(" · ", e.detail(), e.date() != null && e.timeExpression() != null ? "“" + e.timeExpression() + "”" : null,
                    anchor == null ? null : "“" + e.timeExpression() + "” relative to a source " + anchor,
                    e.basis(), e.source() == null ? null : "source: " + e.source());
            entries.add(Map.of("kind", text(e.kind()), "undated", when(e.date() == null), "anchor", anchor(e.iri()),
                    "when", e.date() != null ? e.date() : e.timeExpression() != null ? "“" + e.timeExpression() + "”" : "undated",
                    "label", text(e.label()), "sub", when(sub != null, Map.of("sub", text(sub)))));
        }
        return entries;
    }

    // ---- regions

    private static List<Map<String, ?>> regions(StanceReport r) {
        List<Map<String, ?>> regions = new ArrayList<>();
        for (Region g : r.regions()) {
            List<Map<String, ?>> touches = new ArrayList<>();
            for (Touch t : g.touches())
                touches.add(Map.of("kind", text(t.kind()), "label", text(t.label()),
                        "proposal", when(t.proposal() != null, Map.of("proposal", text(t.proposal())))));
            List<Map<String, ?>> claims = new ArrayList<>();
            for (Claim c : g.claims())
                claims.add(Map.of("title", text(Html.join("\n", c.note(), c.source() == null ? null : "source: " + c.source())),
                        "controller", text(c.controller()),
                        "share", c.share() != null ? c.share() + " %" + (c.extent() == null ? "" : " (" + c.extent() + ")") : c.extent() == null ? "" : c.extent(),
                        "kind", text(c.kind()), "kindLabel", text(c.kindLabel()), "claimant", c.claimant() == null ? "—" : c.claimant(),
                        "asOf", text(c.asOf() != null ? c.asOf() : quoted(c.timeExpression())), "basis", text(c.basis())));
            regions.add(Map.of("anchor", anchor(g.iri()), "label", text(g.label()),
                    "note", text(Html.join(" · ", g.code(), g.deJure() == null ? null : "de jure: " + g.deJure())),
                    "noTouches", when(touches.isEmpty()), "touchList", when(!touches.isEmpty(), Map.of("touches", touches)),
                    "noClaims", when(claims.isEmpty()), "claimTable", when(!claims.isEmpty(), Map.of("claims", claims))));
        }
        return regions;
    }

    // ---- helpers

    private static String label(Stance s) {
        return s.targetLabel() == null ? s.target() : s.targetLabel();
    }

    /** A fragment identifier from an entity IRI: {@code stance-ukraine-crimea-red-line}. */
    static String anchor(String iri) {
        String tail = iri.replaceFirst("^https://w3id\\.org/parley/id/", "");
        return tail.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    private static String quoted(String s) {
        return s == null ? null : "“" + s + "”";
    }

    /** {@code n} and the noun, in the singular for one. */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A value for a placeholder: the text, or nothing for null. */
    private static String text(String s) {
        return s == null ? "" : s;
    }
}
