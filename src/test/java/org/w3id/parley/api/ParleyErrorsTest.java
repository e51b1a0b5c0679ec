package org.w3id.parley.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.ParleyException;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.load.ImportInterruptedException;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.InvalidRecordException;
import org.w3id.parley.model.Party;
import org.w3id.parley.model.Proposal;
import org.w3id.parley.model.Stance;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.InvalidQueryException;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.StoreException;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Every failure of the API is a {@link ParleyException} that names what was wrong and carries its context. */
class ParleyErrorsTest {
    @TempDir
    Path dir;

    @Test
    void sparqlThatDoesNotParseNamesTheQuery() {
        try (Parley parley = Parley.inMemory()) {
            var e = assertThrows(InvalidQueryException.class, () -> parley.sparql("SELECT ?x WHERE { ?x"));
            assertEquals("query", e.query());
            assertTrue(e.getMessage().startsWith("query: SPARQL syntax error: "), e.getMessage());
            assertInstanceOf(InvalidArgumentException.class, e);
            var parse = assertThrows(InvalidQueryException.class, () -> QueryRunner.parse("my-query", "ASK {"));
            assertEquals("my-query", parse.query());
        }
    }

    @Test
    void eachRawQueryMethodRunsItsOwnForm() {
        try (Parley parley = Parley.inMemory()) {
            var select = assertThrows(InvalidQueryException.class, () -> parley.sparql("CONSTRUCT WHERE { ?s ?p ?o }"));
            assertEquals("query: sparql(...) runs SELECT queries; this is a CONSTRUCT query: use construct(...)", select.getMessage());
            var ask = assertThrows(InvalidQueryException.class, () -> parley.ask("SELECT * { ?s ?p ?o }"));
            assertEquals("query: ask(...) runs ASK queries; this is a SELECT query: use sparql(...)", ask.getMessage());
            var construct = assertThrows(InvalidQueryException.class,
                    () -> parley.construct("ASK { ?s ?p ?o }", DumpFormat.TURTLE, new ByteArrayOutputStream()));
            assertEquals("query: construct(...) runs CONSTRUCT or DESCRIBE queries; this is an ASK query: use ask(...)",
                    construct.getMessage());
        }
    }

    @Test
    void aRemoteStoreCannotBeDumpedAndSaysWhichEndpoint() {
        // Refused before any request: nothing needs to listen on the port.
        try (Parley parley = Parley.connect("http://127.0.0.1:9/ds")) {
            var e = assertThrows(StoreException.class, () -> parley.dump(DumpFormat.NQUADS, new ByteArrayOutputStream()));
            assertEquals("http://127.0.0.1:9/ds/sparql", e.endpoint());
            assertTrue(e.getMessage().contains("SPARQL endpoint http://127.0.0.1:9/ds/sparql"), e.getMessage());
        }
    }

    @Test
    void anUnreachableStoreNamesItsEndpoint() {
        try (Parley parley = Parley.connect("http://127.0.0.1:9/ds")) {
            var e = assertThrows(StoreException.class, parley::parties);
            assertEquals("http://127.0.0.1:9/ds/sparql", e.endpoint());
            assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        }
    }

    @Test
    void aMalformedUrlIsAStoreExceptionWithTheUrlAsGiven() {
        var e = assertThrows(StoreException.class, () -> Parley.connect("not a url"));
        assertEquals("not a url", e.endpoint());
        assertTrue(e.getMessage().startsWith("cannot connect to not a url: "), e.getMessage());
        var ftp = assertThrows(StoreException.class, () -> Parley.connect("ftp://example.org/ds"));
        assertTrue(ftp.getMessage().contains("must be an absolute http or https URL"), ftp.getMessage());
    }

    @Test
    void buildersNameTheRecordAndTheField() {
        var position = assertThrows(InvalidRecordException.class,
                () -> Stance.builder().set("id", "x").set("holder", "ukraine").set("target", "option/y")
                        .set("position", "loves").set("basis", "on-record").build());
        assertEquals("Stance", position.record());
        assertEquals("position", position.field());
        assertTrue(position.rule().startsWith("'position' = \"loves\" is not one of ["), position.rule());
        assertEquals("Stance: " + position.rule(), position.getMessage());

        var slug = assertThrows(InvalidRecordException.class, () -> Party.builder().set("id", "Not A Slug")
                .set("type", "State").set("label", "X").build());
        assertEquals("Party", slug.record());
        assertEquals("id", slug.field());

        // A proposal the source does not itemise has no provisions, and that is valid.
        assertTrue(Proposal.builder().set("id", "p").set("label", "P").set("author", "a").set("status", "floated")
                .set("basis", "on-record").build().provisions().isEmpty());
        var unsourced = assertThrows(InvalidRecordException.class, () -> Document.builder()
                .add("stances", Stance.builder().set("id", "x").set("holder", "a").set("target", "option/y")
                        .set("position", "supports").set("basis", "on-record").build())
                .build());
        assertEquals("Document", unsourced.record());
        assertNull(unsourced.field());
    }

    @Test
    void aCatalogFolderThatCannotBeReadNamesIt() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        var e = assertThrows(InvalidQueryException.class, () -> Catalog.folder(missing));
        assertEquals(missing, e.file());
        assertNull(e.query());
        assertTrue(e.getMessage().startsWith("cannot read the catalog in " + missing), e.getMessage());

        Path folder = Files.createDirectories(dir.resolve("catalog"));
        Files.writeString(folder.resolve("broken.rq"), "#+ summary: no description\nSELECT * { ?s ?p ?o }\n");
        var header = assertThrows(InvalidQueryException.class, () -> Catalog.folder(folder));
        assertEquals("broken", header.query());
        assertEquals(folder.resolve("broken.rq"), header.file());
        assertTrue(header.getMessage().contains("broken.rq: the header has no '#+ description:'"), header.getMessage());
    }

    @Test
    void anInterruptedImportStopsWritesNothingAndKeepsTheFlag() {
        try (Parley parley = Parley.inMemory()) {
            Thread.currentThread().interrupt();
            try {
                var e = assertThrows(ImportInterruptedException.class, parley::importBundled);
                assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
            } finally {
                Thread.interrupted();
            }
            assertEquals(0, parley.store().size());
        }
    }

    @Test
    void aMalformedSourceIdToRetractIsAnInvalidArgument() {
        try (Parley parley = Parley.inMemory()) {
            var e = assertThrows(InvalidArgumentException.class, () -> parley.retract("Talks B"));
            assertTrue(e.getMessage().startsWith("Illegal source ID \"Talks B\""), e.getMessage());
            assertThrows(InvalidArgumentException.class, parley::retract);
        }
    }

    @Test
    void catalogErrorsAreInvalidArguments() {
        try (Parley parley = Parley.inMemory()) {
            assertInstanceOf(InvalidArgumentException.class,
                    assertThrows(ParleyException.class, () -> parley.query("no-such-query", Map.of())));
            assertInstanceOf(InvalidArgumentException.class,
                    assertThrows(ParleyException.class, () -> parley.query("stance-matrix", Map.of("nope", "x"))));
        }
    }
}
