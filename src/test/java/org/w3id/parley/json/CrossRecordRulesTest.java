package org.w3id.parley.json;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cross-record rules for the links that name events and traded terms: statedAt and inExchangeFor. */
class CrossRecordRulesTest {
    private static final String SOURCE = """
            {
              "source": { "id": "s", "title": "T" },
              "parties": [ { "id": "p", "type": "Group", "label": "P" } ],
              "proposals": [ { "id": "plan", "label": "Plan", "author": "p", "status": "floated", "basis": "unattributed",
                "provisions": [ { "id": "give", "label": "Give", "inExchangeFor": [%s] },
                                { "id": "take", "label": "Take" } ] } ],
              "events": [ { "id": "said", "type": "statement", "label": "Said", "status": "held", "basis": "on-record" } ],
              "stances": [ { "id": "st", "holder": "p", "target": "provision/give", "position": "accepts-conditionally",
                             "statedAt": "%s", "inExchangeFor": [%s], "basis": "on-record" } ],
              "assessments": [ { "id": "a", "statement": "S", "statedAt": "%s", "basis": "on-record" } ],
              "targetDates": [ { "id": "d", "label": "D", "timeExpression": "soon", "statedAt": "%s", "basis": "on-record" } ]
            }""";

    private static List<String> problems(String provisionTrade, String stanceEvent, String stanceTrade,
                                         String assessmentEvent, String deadlineEvent) throws InvalidInputException {
        String json = SOURCE.formatted(provisionTrade, stanceEvent, stanceTrade, assessmentEvent, deadlineEvent);
        InputFile f = new InputReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));
        return CrossRecordRules.check(List.of(f), Set.of()).stream().map(p -> p.pointer() + ": " + p.message()).toList();
    }

    @Test
    void consistentLinksPass() throws InvalidInputException {
        assertEquals(List.of(), problems("\"provision/take\"", "said", "\"provision/take\"", "said", "said"));
    }

    @Test
    void statedAtMustNameAnEventOfTheInput() throws InvalidInputException {
        assertEquals(List.of(
                        "/stances/0/statedAt: unknown event \"post\": no event with this ID is defined in the input",
                        "/targetDates/0/statedAt: unknown event \"st\": no event with this ID is defined in the input; \"st\" is a stance",
                        "/assessments/0/statedAt: unknown event \"nowhere\": no event with this ID is defined in the input"),
                problems("\"provision/take\"", "post", "\"provision/take\"", "nowhere", "st"));
    }

    @Test
    void aTermIsNeverTradedForItselfOrForSomethingUndefined() throws InvalidInputException {
        assertEquals(List.of(
                        "/proposals/0/provisions/0/inExchangeFor/0: provision/give cannot be given in exchange for itself",
                        "/stances/0/inExchangeFor/1: provision/give cannot be given in exchange for itself",
                        "/stances/0/inExchangeFor/0: unknown option \"ghost\": no option with this ID is defined in the input"),
                problems("\"provision/give\"", "said", "\"option/ghost\", \"provision/give\"", "said", "said"));
    }
}
