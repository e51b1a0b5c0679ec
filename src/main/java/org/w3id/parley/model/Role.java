package org.w3id.parley.model;

import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * A time-bounded role of a person: an office, and the party the person acts for in it.
 *
 * @param id         slug
 * @param office     the office as an English label ("President of Ukraine")
 * @param roleType   head-of-state, head-of-government, minister, envoy, spokesperson, official or commentator
 * @param onBehalfOf slug of the party represented; null for commentators
 * @param start      first day in the role, if known
 * @param end        last day in the role, if it has ended
 * @param note       a curator's note
 */
public record Role(String id, String office, String roleType, String onBehalfOf, String start, String end, String note) {
    /** The role types. */
    public static final Set<String> TYPES = Set.of("head-of-state", "head-of-government", "minister", "envoy",
            "spokesperson", "official", "commentator");

    /** Validates every field. */
    public Role {
        slug(id, "id");
        required(office, "office");
        code(roleType, "roleType", TYPES);
        optionalSlug(onBehalfOf, "onBehalfOf");
        date(start, "start");
        date(end, "end");
        range(start, "start", end, "end");
        optional(note, "note");
    }
}
