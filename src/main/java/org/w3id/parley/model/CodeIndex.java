package org.w3id.parley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The constants of each code list by code, built once per enum, for {@link Code#of} and {@link Code#codes}. */
final class CodeIndex {
    private CodeIndex() {}

    static final ClassValue<Map<String, Code>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Code> computeValue(Class<?> list) {
            Map<String, Code> m = new LinkedHashMap<>();
            for (Object c : list.getEnumConstants()) m.put(((Code) c).code(), (Code) c);
            return Collections.unmodifiableMap(m);
        }
    };
}
