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

import static org.w3id.parley.report.Html.escape;

/**
 * Renders a {@link StanceReport} as one HTML page: inline CSS, no script, no fonts or images
 * from elsewhere, so it opens offline and prints. Each matrix cell's details are in its
 * {@code title} (shown on hover) and, for reading without a mouse, in the stance table below
 * the matrix, which each cell links to.
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

    static String render(StanceReport r, String navigation) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append(Html.head("Parley stance report", CSS, navigation));
        intro(h, r);
        matrix(h, r);
        stanceTable(h, r);
        timeline(h, r);
        regions(h, r);
        h.append("<footer>Generated by Parley on ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.generated().atOffset(ZoneOffset.UTC).withNano(0)))
                .append(" UTC from the store's data. Everything on this page is in this one file: it needs no network.</footer>\n");
        h.append(Html.tail());
        return h.toString();
    }

    private static void intro(StringBuilder h, StanceReport r) {
        long holders = r.stances().stream().map(Stance::holder).distinct().count();
        h.append("<p class=\"summary\" id=\"summary\">").append(r.stances().size()).append(" stance").append(plural(r.stances().size()))
                .append(" held by ").append(holders).append(" part").append(holders == 1 ? "y" : "ies").append(" on ").append(r.proposals().size()).append(" proposal")
                .append(plural(r.proposals().size())).append(" and ").append(r.otherTargets().size()).append(" other target")
                .append(plural(r.otherTargets().size())).append(", from ").append(r.sources().size()).append(" source")
                .append(plural(r.sources().size())).append(".</p>\n");
        if (!r.sources().isEmpty()) {
            h.append("<details><summary>Sources</summary><ul>\n");
            for (Source s : r.sources())
                h.append("<li>").append(escape(s.title() == null ? s.iri() : s.title()))
                        .append(s.publisher() == null ? "" : ", " + escape(s.publisher()))
                        .append(" <span class=\"muted\">(").append(escape(published(s))).append(")</span></li>\n");
            h.append("</ul></details>\n");
        }
    }

    private static String published(Source s) {
        if (s.issued() != null) return "published " + s.issued();
        if (s.notBefore() != null || s.notAfter() != null)
            return "published between " + (s.notBefore() == null ? "?" : s.notBefore()) + " and " + (s.notAfter() == null ? "?" : s.notAfter());
        return "publication date unknown";
    }

    // ---- the matrix

    private static void matrix(StringBuilder h, StanceReport r) {
        h.append("<h2 id=\"matrix\">Stance matrix</h2>\n");
        h.append("<p>Who stands where on each proposal, on each of its provisions, and on the options stances address outside ")
                .append("the proposals. Hover over a coloured cell for the quote, the speaker, the date, the source and the reporting ")
                .append("basis; click it for the full record. A stance on an option is shown on every provision that selects that ")
                .append("option. Columns: every party that holds a stance, and every state.</p>\n");
        h.append("<ul class=\"legend\">");
        for (Position p : r.positions())
            h.append("<li><span class=\"chip pos-").append(escape(p.code())).append("\" title=\"").append(escape(p.definition()))
                    .append("\">").append(escape(p.label())).append("</span></li>");
        h.append("<li><span class=\"none\">—</span> no known position</li></ul>\n");

        h.append("<div class=\"matrix-wrap\"><table class=\"matrix\" id=\"stance-matrix\">\n<thead><tr><th class=\"target\">Proposal, provision or option</th>");
        for (Party p : r.parties())
            h.append("<th class=\"party\" data-party=\"").append(escape(p.iri())).append("\">").append(escape(p.label()))
                    .append("<small>").append(escape(p.representsLabel() != null ? "for " + p.representsLabel() : p.kind()))
                    .append("</small></th>");
        h.append("</tr></thead>\n<tbody>\n");
        int width = 1 + r.parties().size();
        for (Proposal p : r.proposals()) {
            h.append("<tr class=\"group\"><th colspan=\"").append(width).append("\">").append(escape(p.label()))
                    .append(" <small>").append(escape(Html.join(" · ", p.author() == null ? null : "by " + p.author(), p.status(),
                            p.proposedOn() != null ? p.proposedOn() : quoted(p.timeExpression())))).append("</small></th></tr>\n");
            row(h, r, new Target(p.iri(), "proposal", p.label(), p.label(), null, null));
            for (Target c : p.provisions()) row(h, r, c);
        }
        if (!r.otherTargets().isEmpty()) {
            h.append("<tr class=\"group\"><th colspan=\"").append(width)
                    .append("\">Other targets <small>options and other records no provision selects</small></th></tr>\n");
            for (Target c : r.otherTargets()) row(h, r, c);
        }
        h.append("</tbody></table></div>\n");
    }

    private static void row(StringBuilder h, StanceReport r, Target c) {
        h.append("<tr data-target=\"").append(escape(c.iri())).append("\"><th class=\"target ").append(escape(c.kind())).append("\">");
        if (c.kind().equals("proposal")) h.append("the proposal as a whole");
        else h.append(escape(c.label())).append("<small>").append(escape(Html.join(" · ", c.kind(), c.issueLabel()))).append("</small>");
        h.append("</th>");
        for (Party p : r.parties()) {
            List<Stance> cell = r.cell(p, c);
            h.append("<td class=\"cell").append(cell.isEmpty() ? " silent" : "").append("\" data-party=\"").append(escape(p.iri()))
                    .append("\" data-target=\"").append(escape(c.iri())).append("\">");
            if (cell.isEmpty()) h.append("<span class=\"none\" title=\"").append(escape(p.label())).append(": no known position\">—</span>");
            for (Stance s : cell) chip(h, s, p, c);
            h.append("</td>");
        }
        h.append("</tr>\n");
    }

    private static void chip(StringBuilder h, Stance s, Party p, Target c) {
        h.append("<a class=\"chip pos-").append(escape(s.position())).append(s.earlier() ? " superseded" : s.lapsed() ? " lapsed" : "")
                .append("\" href=\"#").append(escape(anchor(s.iri()))).append("\" title=\"").append(escape(tooltip(s, p, c)))
                .append("\">").append(escape(s.positionLabel())).append("</a>");
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

    private static void stanceTable(StringBuilder h, StanceReport r) {
        h.append("<h2 id=\"stances\">Stances in detail</h2>\n<table class=\"detail\"><thead><tr><th>Party</th><th>Position</th>")
                .append("<th>On</th><th>Quote</th><th>Speaker</th><th>When</th><th>Condition</th><th>Reporting basis</th><th>Source</th>")
                .append("</tr></thead><tbody>\n");
        for (Party p : r.parties())
            for (Stance s : r.stances()) {
                if (!s.holder().equals(p.iri())) continue;
                h.append("<tr id=\"").append(escape(anchor(s.iri()))).append("\"><td>").append(escape(p.label())).append("</td><td>")
                        .append("<span class=\"chip pos-").append(escape(s.position())).append("\">").append(escape(s.positionLabel()))
                        .append("</span></td><td>").append(escape(s.targetKind() == null ? "" : s.targetKind() + ": ")).append(escape(label(s)))
                        .append("</td><td class=\"quote\">").append(s.quote() == null ? "" : escape("“" + s.quote() + "”"))
                        .append("</td><td>").append(escape(s.speaker())).append("</td><td>").append(escape(s.when()))
                        .append("</td><td>").append(escape(s.condition())).append("</td><td>").append(escape(s.basis()))
                        .append(s.attributedTo() == null ? "" : "<br><span class=\"muted\">" + escape("attributed to " + s.attributedTo()) + "</span>")
                        .append("</td><td>").append(escape(s.source())).append("</td></tr>\n");
            }
        h.append("</tbody></table>\n");
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

    private static void timeline(StringBuilder h, StanceReport r) {
        h.append("<h2 id=\"timeline\">Timeline</h2>\n<p>Statements (stances), proposals and events, by the date each carries: ")
                .append("earliest first day first, then earliest last day (a month sorts after its first day and before its second). ")
                .append("Records without a date follow, by kind and name, with the source's own time words (“recent”, “last year”), ")
                .append("which are relative to the source's publication: the date or date bounds of the source follow them.</p>\n")
                .append("<ol class=\"timeline\">\n");
        Map<String, String> published = new HashMap<>();
        for (StanceReport.Source s : r.sources()) {
            String when = publication(s);
            if (s.title() != null && when != null) published.putIfAbsent(s.title(), when);
        }
        for (Entry e : r.timeline()) {
            h.append("<li class=\"kind-").append(escape(e.kind())).append(e.date() == null ? " undated" : "").append("\" id=\"t-")
                    .append(escape(anchor(e.iri()))).append("\"><span class=\"when\">")
                    .append(escape(e.date() != null ? e.date() : e.timeExpression() != null ? "“" + e.timeExpression() + "”" : "undated"))
                    .append("</span><span class=\"kind\">").append(escape(e.kind())).append("</span>").append(escape(e.label()));
            String anchor = e.date() == null && e.timeExpression() != null && e.source() != null ? published.get(e.source()) : null;
            String sub = Html.join(" · ", e.detail(), e.date() != null && e.timeExpression() != null ? "“" + e.timeExpression() + "”" : null,
                    anchor == null ? null : "“" + e.timeExpression() + "” relative to a source " + anchor,
                    e.basis(), e.source() == null ? null : "source: " + e.source());
            if (sub != null) h.append("<div class=\"sub\">").append(escape(sub)).append("</div>");
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    // ---- regions

    private static void regions(StringBuilder h, StanceReport r) {
        h.append("<h2 id=\"regions\">Regions</h2>\n<p>For each region: the provisions (with their proposals) and options that ")
                .append("concern it, and the control claims about it — <span class=\"kind-claimed\">claimed</span> by a party with ")
                .append("a stake, or <span class=\"kind-assessed\">assessed</span> independently.</p>\n<div class=\"regions\">\n");
        for (Region g : r.regions()) {
            h.append("<section class=\"region\" id=\"").append(escape(anchor(g.iri()))).append("\"><h3>").append(escape(g.label()))
                    .append(" <small>").append(escape(Html.join(" · ", g.code(), g.deJure() == null ? null : "de jure: " + g.deJure())))
                    .append("</small></h3>\n<div class=\"touches\">");
            if (g.touches().isEmpty()) h.append("<p class=\"muted\">No proposal, provision or option concerns it.</p>\n");
            else {
                h.append("<ul>");
                for (Touch t : g.touches())
                    h.append("<li>").append(escape(t.kind())).append(": ").append(escape(t.label()))
                            .append(t.proposal() == null ? "" : " <span class=\"muted\">(" + escape("in " + t.proposal()) + ")</span>")
                            .append("</li>");
                h.append("</ul>\n");
            }
            h.append("</div><div class=\"claims\">");
            if (g.claims().isEmpty()) h.append("<p class=\"muted\">No control claims.</p>\n");
            else {
                h.append("<table><thead><tr><th>Controller</th><th>Share</th><th>Kind</th><th>Claimant</th><th>As of</th><th>Basis</th></tr></thead><tbody>");
                for (Claim c : g.claims())
                    h.append("<tr title=\"").append(escape(Html.join("\n", c.note(), c.source() == null ? null : "source: " + c.source())))
                            .append("\"><td>").append(escape(c.controller())).append("</td><td>")
                            .append(escape(c.share() != null ? c.share() + " %" + (c.extent() == null ? "" : " (" + c.extent() + ")")
                                    : c.extent() == null ? "" : c.extent()))
                            .append("</td><td><span class=\"kind-").append(escape(c.kind())).append("\">").append(escape(c.kindLabel()))
                            .append("</span></td><td>").append(escape(c.claimant() == null ? "—" : c.claimant())).append("</td><td>")
                            .append(escape(c.asOf() != null ? c.asOf() : quoted(c.timeExpression()))).append("</td><td>")
                            .append(escape(c.basis())).append("</td></tr>");
                h.append("</tbody></table>\n");
            }
            h.append("</div></section>\n");
        }
        h.append("</div>\n");
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

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
