package org.w3id.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the constants of each code list stand for, worked out once per enum from the constants'
 * names and their {@link Code.Defined} exceptions: the definitions in declaration order, and the
 * constants by code for {@link Code#of} and {@link Code#codes}.
 */
record CodeIndex(List<Definition> definitions, Map<String, Code> byCode) {
    /** One constant's code, term IRI (null for a {@link Code.PlainStrings} list) and label. */
    record Definition(String code, String term, String label) {}

    private static final ClassValue<CodeIndex> INDEX = new ClassValue<>() {
        @Override
        protected CodeIndex computeValue(Class<?> list) {
            boolean plain = list.isAnnotationPresent(Code.PlainStrings.class);
            List<Definition> definitions = new ArrayList<>();
            Map<String, Code> byCode = new LinkedHashMap<>();
            for (Object c : list.getEnumConstants()) {
                String name = ((Enum<?>) c).name();
                Definition d = define(name, field(list, name).getAnnotation(Code.Defined.class), plain);
                definitions.add(d);
                if (byCode.put(d.code(), (Code) c) != null)
                    throw new IllegalStateException(list.getSimpleName() + " has the code " + d.code() + " twice");
            }
            return new CodeIndex(List.copyOf(definitions), Collections.unmodifiableMap(byCode));
        }
    };

    static CodeIndex of(Class<?> list) {
        return INDEX.get(list);
    }

    static Definition definition(Code constant) {
        Enum<?> e = (Enum<?>) constant;
        return of(e.getDeclaringClass()).definitions().get(e.ordinal());
    }

    /** The convention, {@code RED_LINE} → red-line, parley:RedLine, red line, and its exceptions. */
    private static Definition define(String name, Code.Defined exception, boolean plain) {
        String words = name.toLowerCase(Locale.ROOT);
        StringBuilder local = new StringBuilder();
        for (String w : words.split("_")) local.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        String code = words.replace('_', '-');
        String term = local.toString();
        String label = words.replace('_', ' ');
        if (exception != null) {
            code = or(exception.code(), code);
            term = or(exception.term(), term);
            label = or(exception.label(), label);
        }
        return new Definition(code, plain ? null : Code.NS + term, label);
    }

    /** The value an annotation gives, or the convention's where it gives none. */
    private static String or(String given, String convention) {
        return given.isEmpty() ? convention : given;
    }

    private static java.lang.reflect.Field field(Class<?> list, String name) {
        try {
            return list.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(list.getName() + "." + name + " is not a public constant", e);
        }
    }
}
