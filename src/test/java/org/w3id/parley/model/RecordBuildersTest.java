package org.w3id.parley.model;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each builder has one setter per component of its record, and each setter stores the component
 * of its own name: the builders name components as strings, and a misspelt one must fail here,
 * not in a user's code.
 */
class RecordBuildersTest {
    private static final List<Class<? extends Record>> RECORDS = List.of(Assessment.class, Confirmation.class,
            Constraint.class, ControlClaim.class, Document.class, Event.class, Issue.class, Obligation.class,
            OpenQuestion.class, Option.class, Participant.class, Party.class, Person.class, Place.class,
            Proposal.class, Provision.class, Region.class, Role.class, Source.class, Stance.class, TargetDate.class,
            TermRelation.class);

    @TestFactory
    Stream<DynamicTest> eachSetterStoresItsOwnComponent() {
        return RECORDS.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Set<String> components = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) components.add(c.getName());
            Set<String> setters = new TreeSet<>();
            for (Method m : type.getMethod("builder").getReturnType().getMethods()) {
                if (m.getDeclaringClass() == Object.class || m.getName().equals("build")) continue;
                setters.add(m.getName());
                Object builder = type.getMethod("builder").invoke(null);
                Class<?> param = m.getParameterTypes()[0];
                // null is refused with the name of the component the setter stores: that name must be the setter's.
                Object arg = param.isArray() ? java.lang.reflect.Array.newInstance(param.getComponentType(), 1) : null;
                var e = assertThrows(InvocationTargetException.class, () -> m.invoke(builder, arg), m.toString());
                assertTrue(e.getCause() instanceof NullPointerException, m + ": " + e.getCause());
                assertEquals(m.getName(), e.getCause().getMessage(), m + " stores the component of its name");
            }
            assertEquals(components, setters, type.getSimpleName() + ": one setter per component");
        }));
    }

    @Test
    void everyRecordWithABuilderIsChecked() throws Exception {
        List<String> withBuilders = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/w3id/parley/model"))) {
            for (var f : files.toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                if (java.nio.file.Files.readString(f).contains("public static Builder builder()")) withBuilders.add(name);
            }
        }
        assertEquals(new TreeSet<>(withBuilders), new TreeSet<>(RECORDS.stream().map(Class::getSimpleName).toList()));
    }

    @Test
    void aBrokenRuleNamesTheRecordAndTheField() {
        var e = assertThrows(InvalidRecordException.class, () -> Stance.builder().id("s").holder("ukraine")
                .target("provision/p").position("loves").basis("on-record").build());
        assertEquals("Stance", e.record());
        assertEquals("position", e.field());
    }
}
