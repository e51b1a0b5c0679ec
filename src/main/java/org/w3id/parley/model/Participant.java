package org.w3id.parley.model;

import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * Someone's part in an event: attended, authored, expected, scheduled, withdrawn or invited.
 *
 * @param agent  {@code person/…} or {@code party/…}
 * @param status attended, authored (made the statement, post or publication the event is), expected,
 *               scheduled, withdrawn or invited
 * @param note   a curator's note
 */
public record Participant(String agent, String status, String note) {
    /** Participation statuses. */
    public static final Set<String> STATUSES = Set.of("attended", "authored", "expected", "scheduled", "withdrawn",
            "invited");

    /** Validates every field. */
    public Participant {
        ref(agent, "agent", Kinds.AGENTS);
        code(status, "status", STATUSES);
        optional(note, "note");
    }
}
