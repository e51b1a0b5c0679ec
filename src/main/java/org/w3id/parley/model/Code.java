package org.w3id.parley.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A value of one of Parley's code lists: positions, reporting bases, statuses, kinds. Each list
 * is an enum in this package, and its constants are the one definition of the list: the JSON
 * code written in the input files, the ontology term it maps to, and the English label the
 * ontology gives that term. The records' checks, the mapper, the catalog and the generator read
 * them; {@code CodeListsTest} checks every enum against the ontology's concept schemes and the
 * input's JSON Schema, both ways, so a value added to one and not the others fails the build.
 *
 * <p>A constant's name says all three by convention, so that a list reads as its constants:
 * {@code ACCEPTS_CONDITIONALLY} has the code {@code accepts-conditionally}, the term
 * {@code parley:AcceptsConditionally} and the label {@code accepts conditionally}. A constant
 * whose ontology term or label is spelled otherwise says so with {@link Defined}; a list the
 * ontology holds as plain strings is marked {@link PlainStrings}.
 *
 * <pre>{@code
 * Position p = Code.of(Position.class, "red-line");
 * p.term();   // https://w3id.org/parley/ontology#RedLine
 * p.label();  // red line
 * }</pre>
 */
public interface Code {
    /** The namespace of the Parley ontology, where the terms of the codes are: {@value}. */
    String NS = "https://w3id.org/parley/ontology#";

    /**
     * What a constant stands for where it departs from the convention; an element left empty
     * follows it.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Defined {
        /** The code as written in the JSON input, where it is not the name in lower case with hyphens. */
        String code() default "";

        /** The local name of the term in {@link Code#NS}, where it is not the name in UpperCamelCase. */
        String term() default "";

        /** The English label of the term, where it is not the name in lower case with spaces. */
        String label() default "";
    }

    /**
     * Marks a list the ontology has no terms for: it holds the codes as plain strings, so
     * {@link Code#term()} is null.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface PlainStrings {}

    /** The code as written in the JSON input ({@code "red-line"}). */
    default String code() {
        return CodeIndex.definition(this).code();
    }

    /**
     * The IRI of the ontology term the code maps to: a SKOS concept of one of the ontology's
     * schemes, or a class for the lists that type their records (event, party and proposal
     * types); null where the ontology writes the code as a plain string.
     */
    default String term() {
        return CodeIndex.definition(this).term();
    }

    /** The English label of the term ({@code skos:prefLabel}, or a class's {@code rdfs:label}). */
    default String label() {
        return CodeIndex.definition(this).label();
    }

    /**
     * The constant of a list with that code.
     *
     * @throws IllegalArgumentException when the list has no such code
     */
    static <E extends Enum<E> & Code> E of(Class<E> list, String code) {
        E e = list.cast(CodeIndex.of(list).byCode().get(code));
        if (e == null) throw new IllegalArgumentException("\"" + code + "\" is not a code of " + list.getSimpleName());
        return e;
    }

    /** Every code of a list, in declaration order. */
    static Set<String> codes(Class<? extends Code> list) {
        return CodeIndex.of(list).byCode().keySet();
    }

    /** The codes of some constants, in the order given: for a subset of a list. */
    static List<String> codes(Code... constants) {
        return Arrays.stream(constants).map(Code::code).toList();
    }
}
