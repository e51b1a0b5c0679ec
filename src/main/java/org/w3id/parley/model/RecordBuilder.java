package org.w3id.parley.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every record's builder shares: each setter stores the value of the record component of
 * its name (rejecting null), each list setter adds to it, and {@link #build()} calls the record's
 * canonical constructor, so that the record's own checks are the builder's, with no copy of them.
 * An unset component is null, an unset list empty, as when the JSON input leaves them out.
 *
 * <p>JSON input never goes through a builder: Jackson binds the records' constructors directly.
 * The builders are the Java API for records made in code (the generator, the tests, and anyone
 * embedding Parley who imports documents through {@code api.Parley}), where a chain of named
 * setters reads better than a constructor of twenty positional arguments, most of them null.
 *
 * <pre>{@code
 * Stance s = Stance.builder().id("ukraine-rejects-crimea").holder("ukraine")
 *         .target("provision/us-crimea-control").position("red-line").basis("on-record").build();
 * }</pre>
 *
 * @param <R> the record it builds
 * @param <B> the builder itself, which every setter returns
 */
public abstract class RecordBuilder<R extends Record, B extends RecordBuilder<R, B>> {
    /** A record's components in declaration order, the element types of its lists, and its canonical constructor. */
    private record Shape(Map<String, Class<?>> components, Map<String, Class<?>> elements, Constructor<?> constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Map<String, Class<?>> components = new LinkedHashMap<>();
            Map<String, Class<?>> elements = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.put(c.getName(), c.getType());
                if (c.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element)
                    elements.put(c.getName(), element);
            }
            try {
                return new Shape(components, elements, type.getDeclaredConstructor(components.values().toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    private final Class<R> type;
    private final Map<String, Object> values = new HashMap<>();

    /** Only the records of this package have builders. */
    RecordBuilder(Class<R> type) {
        this.type = type;
    }

    /**
     * Sets a component; the text of a date or a reference becomes its value unchecked, for the
     * record to check (see {@link TextValue}).
     *
     * @throws NullPointerException naming the component when the value is null
     */
    final B set(String component, Object value) {
        Objects.requireNonNull(value, component);
        values.put(known(component), TextValue.from(SHAPES.get(type).components().get(component), value));
        return self();
    }

    /**
     * Adds values to a list component, each text of a date or a reference as {@link #set} takes it.
     *
     * @throws NullPointerException naming the component when a value is null
     */
    final B add(String component, Object[] more) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) values.computeIfAbsent(known(component), k -> new ArrayList<>());
        Class<?> element = SHAPES.get(type).elements().get(component);
        for (Object v : more) list.add(TextValue.from(element, Objects.requireNonNull(v, component)));
        return self();
    }

    /** The value set for a component, or null: for the test that checks each setter's component. */
    final Object get(String component) {
        return values.get(component);
    }

    /**
     * The record.
     *
     * @throws InvalidRecordException naming the record, the field and the rule broken
     */
    public final R build() {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.components().size()];
        int i = 0;
        for (Map.Entry<String, Class<?>> c : shape.components().entrySet()) {
            Object v = values.get(c.getKey());
            args[i++] = v == null && c.getValue() == List.class ? List.of() : v;
        }
        try {
            return type.cast(shape.constructor().newInstance(args));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw InvalidRecordException.of(type.getSimpleName(), iae);
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    private String known(String component) {
        if (!SHAPES.get(type).components().containsKey(component))
            throw new IllegalStateException(type.getSimpleName() + " has no component '" + component + "'; its components are "
                    + Arrays.toString(SHAPES.get(type).components().keySet().toArray()));
        return component;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
