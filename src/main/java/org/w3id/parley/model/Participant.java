package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * Someone's part in an event: attended, authored, expected, scheduled, withdrawn, invited, absent
 * or declined, and in which role and for whom.
 *
 * <p>Once an event is held, {@code invited} and {@code expected} are not for someone who did not
 * come: that is {@code absent} ("Putin did not travel").
 *
 * @param agent      {@code person/…} or {@code party/…}
 * @param status     attended, authored (made the statement, post or publication the event is), expected,
 *                   scheduled, withdrawn (withdrew after agreeing), invited (an invitation still open), absent
 *                   (invited or challenged to come, but did not) or declined (said no in advance)
 * @param role       host, mediator, head-of-delegation, delegate or observer, if the source says
 * @param onBehalfOf slug of the party whose delegation the agent belongs to at this event
 * @param note       a curator's note
 */
public record Participant(Ref agent, String status, String role, Slug onBehalfOf, String note) {
    /** Validates every field. */
    public Participant {
        ref(agent, "agent", Kinds.AGENTS);
        code(status, "status", ParticipationStatus.class);
        optionalCode(role, "role", ParticipationRole.class);
        optionalSlug(onBehalfOf, "onBehalfOf");
        optional(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Participant> builder() { return new RecordBuilder<>(Participant.class); }
}
