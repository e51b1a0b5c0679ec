package org.w3id.parley;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a test class (or one test method) in the integration tier: {@code mvn -B verify} runs it
 * with Maven Failsafe after the jar is built; {@code mvn -B test}, the unit tier, leaves it out.
 * Every test without it is in the unit tier, so each test runs exactly once in {@code verify}.
 *
 * <p>A test belongs here when it starts a JVM, a server process or an external tool (Virtuoso,
 * Fuseki in a child JVM, Chromium, Node, rapper, rdflib, SPARQLWrapper), kills a process, waits
 * for timeouts, or works on TDB2 folders long enough that the unit tier would no longer finish in
 * under two minutes. Tests that import the bundled data and only read it use
 * {@link TestSupport#sharedBundledStore()} instead of importing it again, and stay in the unit tier.
 *
 * <p>The tag's name, {@value #TAG}, is the one pom.xml gives Surefire ({@code excludedGroups})
 * and Failsafe ({@code groups}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Integration.TAG)
public @interface Integration {
    /** The JUnit tag of the integration tier. */
    String TAG = "integration";
}
