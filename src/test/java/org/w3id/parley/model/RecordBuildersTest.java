package org.w3id.parley.model;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The builders name components as strings: a misspelt name, a value of the wrong type or a list
 * set as a single value must fail at the call that gives it, naming the record and the component,
 * not in the record's constructor or in a user's store.
 */
class RecordBuildersTest {
    private static final List<Class<? extends Record>> RECORDS = List.of(Assessment.class, Confirmation.class,
            Constraint.class, ControlClaim.class, Document.class, Event.class, Issue.class, Obligation.class,
            OpenQuestion.class, Option.class, Participant.class, Party.class, Person.class, Place.class,
            Proposal.class, Provision.class, Region.class, Role.class, Source.class, Stance.class, TargetDate.class,
            TermRelation.class);

    @TestFactory
    Stream<DynamicTest> everyComponentIsSetOrAddedByItsName() {
        return RECORDS.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = c.getName();
                boolean list = c.getType() == List.class;
                // null is refused with the component's name, by the method that fits it; the other refuses the shape.
                var npe = assertThrows(NullPointerException.class,
                        () -> { if (list) builder(type).add(name, (Object) null); else builder(type).set(name, null); });
                assertEquals(name, npe.getMessage());
                var wrong = assertThrows(IllegalArgumentException.class,
                        () -> { if (list) builder(type).set(name, "x"); else builder(type).add(name, "x"); });
                assertEquals(type.getSimpleName() + "." + name + (list ? " is a list: add its values" : " is not a list: set its value"),
                        wrong.getMessage());
            }
        }));
    }

    @Test
    void anUnknownNameListsTheComponents() {
        var e = assertThrows(IllegalArgumentException.class, () -> Obligation.builder().set("parti", "ukraine"));
        assertEquals("Obligation has no component 'parti'; its components are [party, obligation]", e.getMessage());
    }

    @Test
    void aValueOfAnotherTypeIsRefusedAtOnce() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stance.builder().set("holder", 5));
        assertEquals("Stance.holder takes values of type Slug or their text, not Integer 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Proposal.builder().add("provisions", "p"));
        assertEquals("Proposal.provisions takes values of type Provision, not String p", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stance.builder().add("conditionOn", "party/a", 1));
        assertEquals("Stance.conditionOn takes values of type Ref or their text, not Integer 1", e.getMessage());
    }

    @Test
    void textsBecomeDatesAndReferencesThatTheRecordChecks() {
        Stance s = Stance.builder().set("id", "s").set("holder", "ukraine").set("target", "provision/p")
                .set("position", "supports").set("basis", "on-record").set("statedOn", PartialDate.of("2025-04"))
                .add("conditionOn", Ref.of("party", "russia"), "event/e").build();
        assertEquals(Slug.of("ukraine"), s.holder());
        assertEquals(Ref.of("provision", "p"), s.target());
        assertEquals(PartialDate.of("2025-04"), s.statedOn());
        assertEquals(List.of(Ref.of("party", "russia"), Ref.of("event", "e")), s.conditionOn());
        var e = assertThrows(InvalidRecordException.class, () -> Stance.builder().set("id", "s").set("holder", "Ukraine")
                .set("target", "provision/p").set("position", "supports").set("basis", "on-record").build());
        assertEquals("holder", e.field());
    }

    @Test
    void everyRecordWithABuilderIsChecked() throws Exception {
        List<String> withBuilders = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/w3id/parley/model"))) {
            for (var f : files.toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                if (java.nio.file.Files.readString(f).contains("public static RecordBuilder<" + name + "> builder()"))
                    withBuilders.add(name);
            }
        }
        assertEquals(new TreeSet<>(withBuilders), new TreeSet<>(RECORDS.stream().map(Class::getSimpleName).toList()));
    }

    @Test
    void aBrokenRuleNamesTheRecordAndTheField() {
        var e = assertThrows(InvalidRecordException.class, () -> Stance.builder().set("id", "s").set("holder", "ukraine")
                .set("target", "provision/p").set("position", "loves").set("basis", "on-record").build());
        assertEquals("Stance", e.record());
        assertEquals("position", e.field());
    }

    private static RecordBuilder<?> builder(Class<? extends Record> type) throws ReflectiveOperationException {
        RecordBuilder<?> b = (RecordBuilder<?>) type.getMethod("builder").invoke(null);
        assertTrue(b != null, type + ".builder()");
        return b;
    }
}
