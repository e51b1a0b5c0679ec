package org.w3id.parley.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestSupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The catalog's reference page, src/site/markdown/catalog.md, is what {@link CatalogDoc} writes
 * from the headers of queries/*.rq. {@code -Dparley.docs.write=true} rewrites the page instead of
 * failing, like {@code -Dparley.catalog.write=true} for the expected results.
 */
class CatalogDocTest {
    static final Path PAGE = Path.of("src/site/markdown/catalog.md");

    @Test
    void thePageIsGeneratedFromTheQueryHeaders() throws IOException {
        String page = CatalogDoc.markdown(Catalog.folder(TestSupport.QUERIES));
        if (Boolean.getBoolean("parley.docs.write")) Files.writeString(PAGE, page, StandardCharsets.UTF_8);
        String onDisk = Files.readString(PAGE, StandardCharsets.UTF_8);
        if (!onDisk.equals(page)) {
            List<String> want = page.lines().toList(), have = onDisk.lines().toList();
            int i = 0;
            while (i < want.size() && i < have.size() && want.get(i).equals(have.get(i))) i++;
            fail(PAGE + " differs from the headers of queries/*.rq from line " + (i + 1) + ":\n  page:      "
                    + (i < have.size() ? have.get(i) : "(end)") + "\n  generated: " + (i < want.size() ? want.get(i) : "(end)")
                    + "\nrun CatalogDocTest with -Dparley.docs.write=true to rewrite it");
        }
    }

    @Test
    void thePageSaysWhatEachHeaderSays() throws IOException {
        Catalog catalog = Catalog.folder(TestSupport.QUERIES);
        String page = CatalogDoc.markdown(catalog);
        for (CatalogQuery q : catalog.all()) {
            int at = page.indexOf("\n## " + q.name() + "\n");
            assertTrue(at > 0, "a section for " + q.name());
            int end = page.indexOf("\n## ", at + 1);
            String section = page.substring(at, end < 0 ? page.length() : end);
            assertTrue(section.contains("**" + q.summary() + "**"), q.name() + ": summary");
            assertTrue(section.contains(q.description()), q.name() + ": description");
            for (Param p : q.params()) assertTrue(section.contains("- `" + p.name() + "` (" + (p.values().isEmpty() ? p.type() : "code: "
                    + String.join(", ", p.values()))), q.name() + ": parameter " + p.name());
            for (Integer n : q.answers()) assertTrue(section.matches("(?s).*Answers competency questions? [0-9, ]*\\b" + n + "\\b.*"),
                    q.name() + ": CQ " + n);
            assertTrue(section.contains("](../../../queries/" + q.name() + ".rq)"), q.name() + ": links its file");
            assertTrue(Files.exists(PAGE.getParent().resolve("../../../queries/" + q.name() + ".rq").normalize()), "the link resolves");
            assertTrue(page.contains("| [`" + q.name() + "`](#" + q.name() + ") | "), q.name() + ": a table row linking its section");
        }
        assertTrue(page.contains("catalog-examples.md"), "the page links the hand-written part");
        assertTrue(Files.exists(PAGE.resolveSibling("catalog-examples.md")), "which exists");
    }

    @Test
    void markupInAHeaderIsEscaped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("odd.rq"), """
                #+ summary: 'Pipes | stars * and <tags>'
                #+ description: >-
                #+   A [link] and `code` and a_b.
                #+ params:
                #+   - kind code(a b|c) : one of two
                SELECT * { ?s ?p ?o }
                """);
        String row = CatalogDoc.markdown(Catalog.folder(dir)).lines()
                .filter(l -> l.startsWith("| [`odd`]")).findFirst().orElseThrow();
        assertEquals("| [`odd`](#odd) | Pipes \\| stars \\* and \\<tags\\> | `kind` (code: a b, c) | — |", row);
    }
}
