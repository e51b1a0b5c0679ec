package org.w3id.parley.model;

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
     * What a code list's constant stands for.
     *
     * @param code  the code as written in the JSON input ({@code "red-line"})
     * @param term  the IRI of its ontology term: a SKOS concept of one of the ontology's schemes, or
     *              a class for the lists that type their records (event, party and proposal types);
     *              null where the ontology writes the code as a plain string
     * @param label the English label of the term ({@code skos:prefLabel}, or a class's {@code rdfs:label})
     */
    record Definition(String code, String term, String label) {
        /** Requires the code and the label. */
        public Definition {
            java.util.Objects.requireNonNull(code, "code");
            java.util.Objects.requireNonNull(label, "label");
        }

        /** The definition of a code whose term has the local name {@code local} in {@link #NS}. */
        public static Definition of(String code, String local, String label) {
            return new Definition(code, NS + local, label);
        }
    }

    /** What the constant stands for. */
    Definition definition();

    /** The code as written in the JSON input ({@code "red-line"}). */
    default String code() {
        return definition().code();
    }

    /** The IRI of the ontology term the code maps to; see {@link Definition#term()}. */
    default String term() {
        return definition().term();
    }

    /** The English label of the term. */
    default String label() {
        return definition().label();
    }

    /**
     * The constant of a list with that code.
     *
     * @throws IllegalArgumentException when the list has no such code
     */
    static <E extends Enum<E> & Code> E of(Class<E> list, String code) {
        E e = list.cast(CodeIndex.BY_CODE.get(list).get(code));
        if (e == null) throw new IllegalArgumentException("\"" + code + "\" is not a code of " + list.getSimpleName());
        return e;
    }

    /** Every code of a list, in declaration order. */
    static Set<String> codes(Class<? extends Code> list) {
        return CodeIndex.BY_CODE.get(list).keySet();
    }

    /** The codes of some constants, in the order given: for a subset of a list. */
    static List<String> codes(Code... constants) {
        return Arrays.stream(constants).map(Code::code).toList();
    }
}
