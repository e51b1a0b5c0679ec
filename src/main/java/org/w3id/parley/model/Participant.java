package org.w3id.parley.model;

import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * Someone's part in an event: attended, expected, scheduled, withdrawn or invited.
 *
 * @param agent  {@code person/…} or {@code party/…}
 * @param status attended, expected, scheduled, withdrawn or invited
 * @param note   a curator's note
 */
public record Participant(String agent, String status, String note) {
    /** Participation statuses. */
    public static final Set<String> STATUSES = Set.of("attended", "expected", "scheduled", "withdrawn", "invited");

    /** Validates every field. */
    public Participant {
        ref(agent, "agent", Kinds.AGENTS);
        code(status, "status", STATUSES);
        optional(note, "note");
    }
}
