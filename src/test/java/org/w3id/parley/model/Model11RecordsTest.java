package org.w3id.parley.model;

import org.junit.jupiter.api.Test;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.json.InputWriter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The records and fields of model 1.1: good values build, bad ones name the field and the rule. */
class Model11RecordsTest {
    private static RecordBuilder<TermRelation> relation() {
        return TermRelation.builder().set("id", "r").set("from", "option/a").set("relation", "excludes")
                .set("to", "provision/b").set("note", "Why.");
    }

    private static RecordBuilder<Confirmation> confirmation() {
        return Confirmation.builder().set("id", "c").set("record", "stance/s").set("by", "party/p")
                .set("status", "not-confirmed").set("basis", "unattributed");
    }

    private static RecordBuilder<Proposal> proposal() {
        return Proposal.builder().set("id", "p").set("label", "P").set("author", "a").set("status", "formal")
                .set("basis", "on-record");
    }

    private static void rejects(String field, String rule, org.junit.jupiter.api.function.Executable build) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, build);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule());
    }

    @Test
    void aTermRelationLinksTwoTermsWithOneOfFourRelationsAndANote() {
        for (String r : List.of("excludes", "entails", "refines", "compatible"))
            assertEquals(r, relation().set("relation", r).build().relation());
        assertNull(relation().build().label(), "generated when mapped");
        rejects("relation", "'relation' = \"conflicts\" is not one of [compatible, entails, excludes, refines]",
                () -> relation().set("relation", "conflicts").build());
        rejects("to", "'to' = \"region/x\" must be a reference KIND/slug with KIND one of [option, provision]",
                () -> relation().set("to", "region/x").build());
        rejects("from", "'from' = \"proposal/x\" must be a reference KIND/slug with KIND one of [option, provision]",
                () -> relation().set("from", "proposal/x").build());
        rejects("note", "'note' is required", () -> TermRelation.builder().set("id", "r").set("from", "option/a")
                .set("relation", "entails").set("to", "option/b").build());
        rejects("label", "'label' must not be blank; omit it instead", () -> relation().set("label", " ").build());
    }

    @Test
    void aConfirmationIsAboutAnyReportedRecordButNeitherARelationNorAnotherConfirmation() {
        for (String record : List.of("stance/s", "proposal/p", "provision/v", "claim/c", "event/e", "party/p"))
            assertEquals(record, confirmation().set("record", record).build().record().toString());
        assertEquals("stated", confirmation().build().confidence(), "the provenance defaults apply");
        rejects("record", "'record' = \"confirmation/c\" must be a reference KIND/slug with KIND one of " + sorted(Kinds.CONFIRMABLE),
                () -> confirmation().set("record", "confirmation/c").build());
        assertThrows(InvalidRecordException.class, () -> confirmation().set("record", "relation/r").build());
        rejects("by", "'by' = \"region/r\" must be a reference KIND/slug with KIND one of [party, person]",
                () -> confirmation().set("by", "region/r").build());
        rejects("status", "'status' = \"unconfirmed\" is not one of [confirmed, denied, not-confirmed]",
                () -> confirmation().set("status", "unconfirmed").build());
        rejects("basis", "'basis' is required", () -> Confirmation.builder().set("id", "c").set("record", "stance/s")
                .set("by", "party/p").set("status", "denied").build());
    }

    @Test
    void aProposalIsAProposalUnlessTypedDemandOrRequestAndMayBeAgreedByCoAuthors() {
        assertEquals("proposal", proposal().build().type());
        assertEquals("demand", proposal().set("type", "demand").build().type());
        Proposal agreed = proposal().set("status", "agreed").add("coAuthors", "b", "c").add("sameOfferAs", "q")
                .set("proposesEvent", "e").build();
        assertEquals(List.of(Slug.of("b"), Slug.of("c")), agreed.coAuthors());
        assertEquals(List.of(Slug.of("q")), agreed.sameOfferAs());
        rejects("type", "'type' = \"ultimatum\" is not one of [demand, proposal, request]", () -> proposal()
                .set("type", "ultimatum").build());
        rejects("coAuthors", "'coAuthors[0]' = \"B\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> proposal().add("coAuthors", "B").build());
        rejects("proposesEvent", "'proposesEvent' = \"event/e\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> proposal().set("proposesEvent", "event/e").build());
    }

    @Test
    void conditionsAndPreconditionsNameRecordsOfTheirKinds() {
        RecordBuilder<Stance> stance = Stance.builder().set("id", "s").set("holder", "p").set("target", "option/o")
                .set("position", "accepts-conditionally").set("basis", "on-record");
        assertEquals(7, Kinds.CONDITION_TARGETS.size());
        for (String kind : Kinds.CONDITION_TARGETS) stance.add("conditionOn", kind + "/x");
        assertEquals(7, stance.build().conditionOn().size());
        rejects("conditionOn", "'conditionOn[0]' = \"person/x\" must be a reference KIND/slug with KIND one of "
                + sorted(Kinds.CONDITION_TARGETS), () -> Stance.builder().set("id", "s").set("holder", "p")
                .set("target", "option/o").set("position", "supports").set("basis", "on-record")
                .add("conditionOn", "person/x").build());
        assertEquals(List.of("option/o", "provision/v", "proposal/p"),
                Provision.builder().set("id", "v").set("label", "V")
                        .add("requiredBefore", "option/o", "provision/v", "proposal/p").build()
                        .requiredBefore().stream().map(Ref::toString).toList());
        rejects("requiredBefore", "'requiredBefore[0]' = \"event/e\" must be a reference KIND/slug with KIND one of [option, proposal, provision]",
                () -> Provision.builder().set("id", "v").set("label", "V").add("requiredBefore", "event/e").build());
    }

    @Test
    void participantsHaveRolesDelegationsAndAbsencesAndRolesConnections() {
        for (String status : List.of("absent", "declined", "invited", "withdrawn"))
            assertEquals(status, Participant.builder().set("agent", "person/x").set("status", status).build().status());
        for (String role : List.of("host", "mediator", "head-of-delegation", "delegate", "observer"))
            assertEquals(role, Participant.builder().set("agent", "person/x").set("status", "attended").set("role", role)
                    .set("onBehalfOf", "p").build().role());
        rejects("role", "'role' = \"chair\" is not one of [delegate, head-of-delegation, host, mediator, observer]",
                () -> Participant.builder().set("agent", "person/x").set("status", "attended").set("role", "chair").build());
        rejects("status", "'status' = \"no-show\" is not one of [absent, attended, authored, declined, expected, invited, scheduled, withdrawn]",
                () -> Participant.builder().set("agent", "person/x").set("status", "no-show").build());
        rejects("onBehalfOf", "'onBehalfOf' = \"party/p\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> Participant.builder().set("agent", "person/x").set("status", "attended")
                        .set("onBehalfOf", "party/p").build());
        assertEquals(Slug.of("russia"), Role.builder().set("id", "r").set("office", "Columnist")
                .set("roleType", "commentator").set("connectedTo", "russia").build().connectedTo());
    }

    @Test
    void confirmationsComeFromASourceWhileTermRelationsAloneMakeAReferenceFile() {
        assertEquals(1, Document.builder().add("termRelations", relation().build()).build().termRelations().size());
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> Document.builder().add("confirmations", confirmation().build()).build());
        assertTrue(e.rule().endsWith("assessments and confirmations must come from a source: add a 'source' object"), e.rule());
        assertEquals(1, Document.builder().set("source", Source.builder().set("id", "s").set("title", "T").build())
                .add("confirmations", confirmation().build()).build().confirmations().size());
    }

    @Test
    void everyNewFieldSurvivesWritingAndReadingBack() throws Exception {
        Document d = Document.builder().set("source", Source.builder().set("id", "s").set("title", "T").build())
                .add("persons", Person.builder().set("id", "x").set("label", "X").add("roles", Role.builder()
                        .set("id", "x-col").set("office", "Columnist")
                        .set("roleType", "commentator").set("connectedTo", "p").build()).build())
                .add("proposals", proposal().set("type", "request").add("coAuthors", "b").add("sameOfferAs", "q")
                        .set("proposesEvent", "e").set("status", "agreed")
                        .add("provisions", Provision.builder().set("id", "v").set("label", "V")
                                .add("requiredBefore", "option/o").build()).build())
                .add("stances", Stance.builder().set("id", "st").set("holder", "p").set("target", "option/o")
                        .set("position", "open-to")
                        .add("conditionOn", "region/r", "stance/t").set("basis", "on-record").build())
                .add("events", Event.builder().set("id", "e").set("type", "meeting").set("label", "E").set("status", "held")
                        .set("basis", "on-record")
                        .add("participants", Participant.builder().set("agent", "person/x").set("status", "absent")
                                .set("role", "delegate").set("onBehalfOf", "p").build()).build())
                .add("termRelations", relation().set("label", "L").build())
                .add("confirmations", confirmation().build())
                .build();
        assertEquals(d, new InputReader().read("d.json", InputWriter.toJson(d)).document());
    }

    private static String sorted(java.util.Set<String> s) {
        return s.stream().sorted().toList().toString();
    }
}
