package org.w3id.parley.model;

import java.util.Set;

/** The kinds of record, as they appear in typed references ({@code kind/slug}) and IRIs. */
public final class Kinds {
    private Kinds() {}

    public static final String PARTY = "party", PERSON = "person", ROLE = "role", REGION = "region",
            PLACE = "place", ISSUE = "issue", OPTION = "option", PROPOSAL = "proposal",
            PROVISION = "provision", OBLIGATION = "obligation", STANCE = "stance", EVENT = "event",
            PARTICIPATION = "participation", CLAIM = "claim", CONSTRAINT = "constraint",
            DEADLINE = "deadline", QUESTION = "question", ASSESSMENT = "assessment", SOURCE = "source",
            RELATION = "relation", CONFIRMATION = "confirmation";

    /** Who can speak, be cited or take part: parties and persons. */
    public static final Set<String> AGENTS = Set.of(PARTY, PERSON);
    /** What a stance can be about. */
    public static final Set<String> STANCE_TARGETS = Set.of(PROPOSAL, PROVISION, OPTION);
    /** What a term or a stance can be exchanged for ({@code inExchangeFor}): the same kinds a stance can target. */
    public static final Set<String> EXCHANGE_TERMS = STANCE_TARGETS;
    /** Where an event can take place. */
    public static final Set<String> LOCATIONS = Set.of(PLACE, REGION);
    /** What an event, constraint, deadline, question or assessment can be about. */
    public static final Set<String> SUBJECTS = Set.of(PARTY, PERSON, REGION, PLACE, ISSUE, OPTION, PROPOSAL,
            PROVISION, STANCE, EVENT, CLAIM, CONSTRAINT, DEADLINE, QUESTION, ASSESSMENT);
    /** The terms that a declared relation links ({@code from}, {@code to}): options and provisions. */
    public static final Set<String> TERMS = Set.of(OPTION, PROVISION);
    /**
     * What a stance's condition can name ({@code conditionOn}): another stance being held, a
     * party's acceptance, a term being in place, an event having happened, or a region concerned.
     */
    public static final Set<String> CONDITION_TARGETS = Set.of(STANCE, PROPOSAL, PROVISION, OPTION, REGION, EVENT, PARTY);
    /** What a provision must be fulfilled before ({@code requiredBefore}): the same kinds a stance can target. */
    public static final Set<String> PRECEDED_TERMS = STANCE_TARGETS;
    /**
     * What a confirmation can be about ({@code record}): any subject; neither a declared relation
     * between terms (a curator's declaration, which no party reports) nor another confirmation.
     */
    public static final Set<String> CONFIRMABLE = SUBJECTS;
}
