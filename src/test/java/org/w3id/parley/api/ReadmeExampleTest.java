package org.w3id.parley.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Java API examples compile and run exactly as printed: the README's (in its "Java API"
 * section) and the one of the Java API's reference page, src/site/markdown/java-api.md.
 */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExampleCompilesAndPrintsUkrainesStances() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Java API");
        assertTrue(section >= 0, "README has a Java API section");
        compileAndRun(readme, section);
    }

    @Test
    void theJavaApiPagesExampleCompilesAndPrintsUkrainesStances() throws Exception {
        String page = Files.readString(Path.of("src/site/markdown/java-api.md"), StandardCharsets.UTF_8);
        int section = page.indexOf("This complete program");
        assertTrue(section >= 0, "java-api.md has a complete program");
        compileAndRun(page, section);
    }

    /** Compiles the first java code block after {@code from} and runs its main method. */
    private void compileAndRun(String doc, int from) throws Exception {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(from), "a java code block follows");
        String code = m.group(1);
        Matcher cls = Pattern.compile("public class (\\w+)").matcher(code);
        assertTrue(cls.find(), "the example declares a public class");
        Path src = dir.resolve(cls.group(1) + ".java");
        Files.writeString(src, code);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertEquals(0, rc, "the example does not compile:\n" + diagnostics);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(cls.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("red-line: "), printed);
        assertTrue(printed.contains("It’s Ukrainian land—there’s nothing to negotiate"), printed);
        assertTrue(printed.contains("source: Russian President Proposes Ceasefire"), printed);
        assertTrue(printed.contains("(on-record, stated)"), printed);
    }
}
