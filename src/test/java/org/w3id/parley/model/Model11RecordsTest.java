package org.w3id.parley.model;

import org.junit.jupiter.api.Test;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.json.InputWriter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The records and fields of model 1.1: good values build, bad ones name the field and the rule. */
class Model11RecordsTest {
    private static TermRelation.Builder relation() {
        return TermRelation.builder().id("r").from("option/a").relation("excludes").to("provision/b").note("Why.");
    }

    private static Confirmation.Builder confirmation() {
        return Confirmation.builder().id("c").record("stance/s").by("party/p").status("not-confirmed").basis("unattributed");
    }

    private static Proposal.Builder proposal() {
        return Proposal.builder().id("p").label("P").author("a").status("formal").basis("on-record");
    }

    private static void rejects(String field, String rule, org.junit.jupiter.api.function.Executable build) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, build);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule());
    }

    @Test
    void aTermRelationLinksTwoTermsWithOneOfFourRelationsAndANote() {
        for (String r : List.of("excludes", "entails", "refines", "compatible"))
            assertEquals(r, relation().relation(r).build().relation());
        assertNull(relation().build().label(), "generated when mapped");
        rejects("relation", "'relation' = \"conflicts\" is not one of [compatible, entails, excludes, refines]",
                () -> relation().relation("conflicts").build());
        rejects("to", "'to' = \"region/x\" must be a reference KIND/slug with KIND one of [option, provision]",
                () -> relation().to("region/x").build());
        rejects("from", "'from' = \"proposal/x\" must be a reference KIND/slug with KIND one of [option, provision]",
                () -> relation().from("proposal/x").build());
        rejects("note", "'note' is required", () -> TermRelation.builder().id("r").from("option/a").relation("entails")
                .to("option/b").build());
        rejects("label", "'label' must not be blank; omit it instead", () -> relation().label(" ").build());
    }

    @Test
    void aConfirmationIsAboutAnyReportedRecordButNeitherARelationNorAnotherConfirmation() {
        for (String record : List.of("stance/s", "proposal/p", "provision/v", "claim/c", "event/e", "party/p"))
            assertEquals(record, confirmation().record(record).build().record().toString());
        assertEquals("stated", confirmation().build().confidence(), "the provenance defaults apply");
        rejects("record", "'record' = \"confirmation/c\" must be a reference KIND/slug with KIND one of " + sorted(Kinds.CONFIRMABLE),
                () -> confirmation().record("confirmation/c").build());
        assertThrows(InvalidRecordException.class, () -> confirmation().record("relation/r").build());
        rejects("by", "'by' = \"region/r\" must be a reference KIND/slug with KIND one of [party, person]",
                () -> confirmation().by("region/r").build());
        rejects("status", "'status' = \"unconfirmed\" is not one of [confirmed, denied, not-confirmed]",
                () -> confirmation().status("unconfirmed").build());
        rejects("basis", "'basis' is required", () -> Confirmation.builder().id("c").record("stance/s").by("party/p")
                .status("denied").build());
    }

    @Test
    void aProposalIsAProposalUnlessTypedDemandOrRequestAndMayBeAgreedByCoAuthors() {
        assertEquals("proposal", proposal().build().type());
        assertEquals("demand", proposal().type("demand").build().type());
        Proposal agreed = proposal().status("agreed").coAuthors("b", "c").sameOfferAs("q").proposesEvent("e").build();
        assertEquals(List.of(Slug.of("b"), Slug.of("c")), agreed.coAuthors());
        assertEquals(List.of(Slug.of("q")), agreed.sameOfferAs());
        rejects("type", "'type' = \"ultimatum\" is not one of [demand, proposal, request]", () -> proposal().type("ultimatum").build());
        rejects("coAuthors", "'coAuthors[0]' = \"B\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> proposal().coAuthors("B").build());
        rejects("proposesEvent", "'proposesEvent' = \"event/e\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> proposal().proposesEvent("event/e").build());
    }

    @Test
    void conditionsAndPreconditionsNameRecordsOfTheirKinds() {
        Stance.Builder stance = Stance.builder().id("s").holder("p").target("option/o").position("accepts-conditionally")
                .basis("on-record");
        assertEquals(7, Kinds.CONDITION_TARGETS.size());
        for (String kind : Kinds.CONDITION_TARGETS) stance.conditionOn(kind + "/x");
        assertEquals(7, stance.build().conditionOn().size());
        rejects("conditionOn", "'conditionOn[0]' = \"person/x\" must be a reference KIND/slug with KIND one of "
                + sorted(Kinds.CONDITION_TARGETS), () -> Stance.builder().id("s").holder("p").target("option/o")
                .position("supports").basis("on-record").conditionOn("person/x").build());
        assertEquals(List.of("option/o", "provision/v", "proposal/p"),
                Provision.builder().id("v").label("V").requiredBefore("option/o", "provision/v", "proposal/p").build()
                        .requiredBefore().stream().map(Ref::toString).toList());
        rejects("requiredBefore", "'requiredBefore[0]' = \"event/e\" must be a reference KIND/slug with KIND one of [option, proposal, provision]",
                () -> Provision.builder().id("v").label("V").requiredBefore("event/e").build());
    }

    @Test
    void participantsHaveRolesDelegationsAndAbsencesAndRolesConnections() {
        for (String status : List.of("absent", "declined", "invited", "withdrawn"))
            assertEquals(status, Participant.builder().agent("person/x").status(status).build().status());
        for (String role : List.of("host", "mediator", "head-of-delegation", "delegate", "observer"))
            assertEquals(role, Participant.builder().agent("person/x").status("attended").role(role).onBehalfOf("p").build().role());
        rejects("role", "'role' = \"chair\" is not one of [delegate, head-of-delegation, host, mediator, observer]",
                () -> Participant.builder().agent("person/x").status("attended").role("chair").build());
        rejects("status", "'status' = \"no-show\" is not one of [absent, attended, authored, declined, expected, invited, scheduled, withdrawn]",
                () -> Participant.builder().agent("person/x").status("no-show").build());
        rejects("onBehalfOf", "'onBehalfOf' = \"party/p\" is not a slug: use lower-case letters, digits and single hyphens",
                () -> Participant.builder().agent("person/x").status("attended").onBehalfOf("party/p").build());
        assertEquals(Slug.of("russia"), Role.builder().id("r").office("Columnist").roleType("commentator").connectedTo("russia")
                .build().connectedTo());
    }

    @Test
    void confirmationsComeFromASourceWhileTermRelationsAloneMakeAReferenceFile() {
        assertEquals(1, Document.builder().termRelations(relation().build()).build().termRelations().size());
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> Document.builder().confirmations(confirmation().build()).build());
        assertTrue(e.rule().endsWith("assessments and confirmations must come from a source: add a 'source' object"), e.rule());
        assertEquals(1, Document.builder().source(Source.builder().id("s").title("T").build())
                .confirmations(confirmation().build()).build().confirmations().size());
    }

    @Test
    void everyNewFieldSurvivesWritingAndReadingBack() throws Exception {
        Document d = Document.builder().source(Source.builder().id("s").title("T").build())
                .persons(Person.builder().id("x").label("X").roles(Role.builder().id("x-col").office("Columnist")
                        .roleType("commentator").connectedTo("p").build()).build())
                .proposals(proposal().type("request").coAuthors("b").sameOfferAs("q").proposesEvent("e").status("agreed")
                        .provisions(Provision.builder().id("v").label("V").requiredBefore("option/o").build()).build())
                .stances(Stance.builder().id("st").holder("p").target("option/o").position("open-to")
                        .conditionOn("region/r", "stance/t").basis("on-record").build())
                .events(Event.builder().id("e").type("meeting").label("E").status("held").basis("on-record")
                        .participants(Participant.builder().agent("person/x").status("absent").role("delegate").onBehalfOf("p")
                                .build()).build())
                .termRelations(relation().label("L").build())
                .confirmations(confirmation().build())
                .build();
        assertEquals(d, new InputReader().read("d.json", InputWriter.toJson(d)).document());
    }

    private static String sorted(java.util.Set<String> s) {
        return s.stream().sorted().toList().toString();
    }
}
