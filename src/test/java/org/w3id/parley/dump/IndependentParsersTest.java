package org.w3id.parley.dump;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.w3id.parley.dump.DumpFixture.*;

/**
 * Other toolchains read every dump the way Jena does: Raptor's {@code rapper} (Debian's
 * raptor2-utils; every format but JSON-LD) without a single warning, and Python's rdflib
 * (python3-rdflib, run with {@code -W error} and nothing on standard error) with the same number
 * of statements — and, within rdflib, the same statements in every format. Outside CI a missing tool skips the test; with CI=true it fails.
 */
@Integration
class IndependentParsersTest {
    @TempDir
    static Path dir;

    private static final Map<DumpFormat, Path> FILES = new LinkedHashMap<>();
    private static final Map<DumpFormat, Long> JENA = new LinkedHashMap<>();

    @BeforeAll
    static void dumpEveryFormat() throws IOException {
        Dumper dumper = Dumper.create(store().datasetGraph()).build();
        for (DumpFormat f : DumpFormat.values()) {
            byte[] bytes = dump(dumper, f);
            Path file = dir.resolve("parley." + f.extension());
            Files.write(file, bytes);
            FILES.put(f, file);
            var parsed = parse(bytes, f);
            JENA.put(f, (long) (f.namedGraphs() ? quads(parsed).size() : triples(parsed).size()));
        }
    }

    @Test
    void rapperReadsEveryDumpWithoutWarningsAndCountsLikeJena() throws Exception {
        requireTool("rapper", List.of("rapper", "--version"));
        Map<DumpFormat, String> names = Map.of(DumpFormat.TURTLE, "turtle", DumpFormat.NTRIPLES, "ntriples",
                DumpFormat.NQUADS, "nquads", DumpFormat.TRIG, "trig", DumpFormat.RDFXML, "rdfxml");
        Pattern returned = Pattern.compile("Parsing returned (\\d+) triples");
        for (Map.Entry<DumpFormat, String> e : names.entrySet()) {
            Result r = run(List.of("rapper", "-i", e.getValue(), "-c", FILES.get(e.getKey()).toString()));
            assertEquals(0, r.code, e.getKey() + ": " + r.err);
            for (String line : r.err.split("\n"))
                assertFalse(line.contains("Warning") || line.contains("Error"), e.getKey() + ": " + line);
            Matcher m = returned.matcher(r.err);
            assertTrue(m.find(), r.err);
            assertEquals(JENA.get(e.getKey()), Long.parseLong(m.group(1)), "rapper vs Jena, " + e.getKey().title());
        }
    }

    @Test
    void rdflibReadsEveryDumpLikeJena() throws Exception {
        String python = python();
        requireTool("python3 with rdflib", List.of(python, "-c", "import rdflib"));
        String script = """
                import sys, rdflib
                sets = {}
                for arg in sys.argv[1:]:
                    path, fmt, quads = arg.split('|')
                    if quads == 'q':
                        g = rdflib.Dataset()
                        g.parse(path, format=fmt)
                        s = set((a, b, c, getattr(ctx, 'identifier', ctx)) for (a, b, c, ctx) in g.quads((None, None, None, None)))
                        sets[fmt] = s
                        sets[fmt + '-union'] = set((a, b, c) for (a, b, c, d) in s)
                    else:
                        g = rdflib.Graph()
                        g.parse(path, format=fmt)
                        sets[fmt] = set(g)
                    print(fmt, len(sets[fmt]))
                ref_q, ref_t = sets['nquads'], sets['nquads-union']
                for fmt, s in sets.items():
                    if fmt.endswith('-union'):
                        continue
                    ref = ref_q if fmt in ('nquads', 'trig', 'json-ld') else ref_t
                    print('same' if s == ref else 'differs', fmt, len(s ^ ref))
                """;
        Map<DumpFormat, String> names = new LinkedHashMap<>();
        names.put(DumpFormat.NQUADS, "nquads");
        names.put(DumpFormat.TRIG, "trig");
        names.put(DumpFormat.JSONLD, "json-ld");
        names.put(DumpFormat.TURTLE, "turtle");
        names.put(DumpFormat.NTRIPLES, "nt");
        names.put(DumpFormat.RDFXML, "xml");
        // -W error: a Python warning (deprecation, bad literal, odd IRI) fails the run; rdflib's logged warnings go to stderr, which must stay empty.
        List<String> cmd = new ArrayList<>(List.of(python, "-W", "error", "-c", script));
        names.forEach((f, n) -> cmd.add(FILES.get(f) + "|" + n + "|" + (f.namedGraphs() ? "q" : "t")));
        Result r = run(cmd);
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err, "rdflib printed warnings or errors");
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> verdicts = new ArrayList<>();
        for (String line : r.out.split("\n")) {
            String[] w = line.trim().split(" ");
            if (w.length == 2) counts.put(w[0], Long.parseLong(w[1]));
            else if (w.length == 3) verdicts.add(w[0] + " " + w[1]);
        }
        names.forEach((f, n) -> assertEquals(JENA.get(f), counts.get(n), "rdflib vs Jena, " + f.title() + "\n" + r.out + r.err));
        for (String v : verdicts) assertTrue(v.startsWith("same "), "rdflib: " + v + " from N-Quads\n" + r.out);
        assertEquals(names.size(), verdicts.size(), r.out);
    }

    /** Debian's interpreter first: python3-rdflib installs there, whatever else is on the PATH. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static void requireTool(String name, List<String> probe) {
        boolean ok;
        try {
            ok = run(probe).code == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (!ok && "true".equals(System.getenv("CI")))
            fail(name + " is missing: .ci/run installs raptor2-utils and python3-rdflib");
        assumeTrue(ok, name + " is not installed (apt-get install raptor2-utils python3-rdflib)");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = pb.start().waitFor();
        return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
