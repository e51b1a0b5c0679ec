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
 * The builder of every record ({@code Stance.builder()}, {@code Document.builder()}, …): {@link
 * #set} stores the value of a component named by its name, {@link #add} adds to a list component,
 * and {@link #build()} calls the record's canonical constructor, so that the record's own checks
 * are the builder's, with no copy of them. An unset component is null, an unset list empty, as
 * when the JSON input leaves them out.
 *
 * <p>One builder for all the records, rather than a setter per component on each: a component
 * added to a record needs nothing here, and no setter can store its value under another
 * component's name. What a setter's name and signature checked is checked at the first call
 * instead: the name against the record's components (an unknown name lists them) and the value
 * against the component's type. A text given for a date, a {@link Slug} or a {@link Ref} becomes
 * that value unchecked, and the record checks it, as it does for JSON input (see {@link TextValue}).
 *
 * <p>JSON input never goes through a builder: Jackson binds the records' constructors directly.
 * The builders are the Java API for records made in code (the generator, the tests, and anyone
 * embedding Parley who imports documents through {@code api.Parley}), where named components
 * read better than a constructor of twenty positional arguments, most of them null.
 *
 * <pre>{@code
 * Stance s = Stance.builder().set("id", "ukraine-rejects-crimea").set("holder", "ukraine")
 *         .set("target", "provision/us-crimea-control").set("position", "red-line").set("basis", "on-record")
 *         .add("conditionOn", "party/russia").build();
 * }</pre>
 *
 * @param <R> the record it builds
 */
public final class RecordBuilder<R extends Record> {
    /** A record's components in declaration order with their types, and its canonical constructor. */
    private record Shape(Map<String, Component> components, Constructor<?> constructor) {}

    /** A component's type, and the type of its elements when it is a list (else null). */
    private record Component(Class<?> type, Class<?> element) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Map<String, Component> components = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> element = c.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> e ? e : null;
                components.put(c.getName(), new Component(c.getType(), element));
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(
                        components.values().stream().map(Component::type).toArray(Class<?>[]::new)));
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
     * Sets a component that is not a list.
     *
     * @param component the component's name
     * @param value     its value, or the text of a date or reference
     * @throws NullPointerException     naming the component when the value is null
     * @throws IllegalArgumentException when the record has no such component, it is a list, or
     *                                  the value is not of its type
     */
    public RecordBuilder<R> set(String component, Object value) {
        Component c = component(component);
        if (c.element() != null) throw new IllegalArgumentException(name(component) + " is a list: add its values");
        values.put(component, value(component, c.type(), value));
        return this;
    }

    /**
     * Adds values to a list component.
     *
     * @param component the component's name
     * @param more      the values, or the texts of dates or references
     * @throws NullPointerException     naming the component when a value is null
     * @throws IllegalArgumentException when the record has no such component, it is not a list,
     *                                  or a value is not of its elements' type
     */
    public RecordBuilder<R> add(String component, Object... more) {
        Component c = component(component);
        if (c.element() == null) throw new IllegalArgumentException(name(component) + " is not a list: set its value");
        List<Object> checked = new ArrayList<>();
        for (Object v : Objects.requireNonNull(more, component)) checked.add(value(component, c.element(), v));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) values.computeIfAbsent(component, k -> new ArrayList<>());
        list.addAll(checked);
        return this;
    }

    /**
     * The record.
     *
     * @throws InvalidRecordException naming the record, the field and the rule broken
     */
    public R build() {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.components().size()];
        int i = 0;
        for (Map.Entry<String, Component> c : shape.components().entrySet()) {
            Object v = values.get(c.getKey());
            args[i++] = v == null && c.getValue().element() != null ? List.of() : v;
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

    private Component component(String component) {
        Map<String, Component> components = SHAPES.get(type).components();
        Component c = components.get(Objects.requireNonNull(component, "component"));
        if (c == null)
            throw new IllegalArgumentException(type.getSimpleName() + " has no component '" + component
                    + "'; its components are " + Arrays.toString(components.keySet().toArray()));
        return c;
    }

    private Object value(String component, Class<?> expected, Object given) {
        Object v = TextValue.from(expected, Objects.requireNonNull(given, component));
        if (!expected.isInstance(v))
            throw new IllegalArgumentException(name(component) + " takes values of type " + expected.getSimpleName()
                    + (TextValue.class.isAssignableFrom(expected) ? " or their text" : "") + ", not "
                    + given.getClass().getSimpleName() + " " + given);
        return v;
    }

    private String name(String component) {
        return type.getSimpleName() + "." + component;
    }
}
