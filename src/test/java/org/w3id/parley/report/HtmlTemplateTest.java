package org.w3id.parley.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Placeholders, sections and the checks that a template and its values match. */
class HtmlTemplateTest {
    @Test
    void valuesAreEscapedUnlessInTripleBraces() {
        HtmlTemplate t = HtmlTemplate.parse("t", "<p title=\"{{a}}\">{{a}} {{{b}}}</p>\n");
        assertEquals("<p title=\"x &lt;&amp;&gt; &quot;&#39;\">x &lt;&amp;&gt; &quot;&#39; <b>b</b></p>\n",
                t.fill(Map.of("a", "x <&> \"'", "b", "<b>b</b>")));
    }

    @Test
    void aSectionIsWrittenOncePerItemFilledFromIt() {
        HtmlTemplate t = HtmlTemplate.parse("t", "<ul>\n{{#items}}<li>{{text}}{{#note}} <small>{{text}}</small>{{/note}}</li>\n{{/items}}</ul>{{end}}");
        assertEquals("<ul>\n<li>a &amp; b <small>&lt;i&gt;</small></li>\n<li>c</li>\n</ul>.", t.fill(Map.of("end", ".", "items", List.of(
                Map.of("text", "a & b", "note", HtmlTemplate.when(true, Map.of("text", "<i>"))),
                Map.of("text", "c", "note", HtmlTemplate.when(false, Map.of("text", "unused")))))));
        assertEquals("<ul>\n</ul>", t.fill(Map.of("end", "", "items", List.of())), "no items, nothing between the tags");
        assertEquals("[x]", HtmlTemplate.parse("t", "[{{#on}}x{{/on}}]").fill(Map.of("on", HtmlTemplate.when(true))));
    }

    @Test
    void valuesAndPlaceholdersMustMatchAtEveryLevel() {
        HtmlTemplate t = HtmlTemplate.parse("t", "{{a}}{{#s}}{{b}}{{/s}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("a", "", "c", "")));
        assertTrue(e.getMessage().contains("placeholders without a value [s], values without a placeholder [c]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("a", "", "s", List.of(Map.of("a", "")))));
        assertTrue(e.getMessage().startsWith("t, section s: placeholders without a value [b], values without a placeholder [a]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("a", List.of(), "s", List.of())), "a list for a placeholder");
        assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("a", "", "s", "text")), "text for a section");
        assertThrows(IllegalArgumentException.class, () -> t.fill(Map.of("a", "", "s", List.of("text"))), "a list of strings for a section");
    }

    @Test
    void malformedTemplatesFailWhenRead() {
        for (String bad : new String[] {"{{{a}}", "{{a}}}", "{{#s}}x", "{{/s}}", "{{#s}}{{#t}}{{/s}}{{/t}}", "{{{#s}}}{{/s}}", "{{a}}{{#a}}{{/a}}"})
            assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.parse("t", bad), bad);
    }
}
