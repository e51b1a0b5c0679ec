package org.w3id.parley.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The immutable records that {@link Parley}'s typed read methods return. References to other
 * records are their IDs: a bare slug where the kind is fixed ({@code holder = "ukraine"}), a
 * typed reference where it is not ({@code target = "provision/us-crimea-recognition"}).
 * Vocabulary values are the same codes as in the input ({@code position = "red-line"}).
 */
public final class Records {
    private Records() {}

    /**
     * Where a record comes from and how the source reports it.
     *
     * @param source       ID of the source document
     * @param sourceTitle  its title
     * @param basis        reporting basis code (on-record, named-attribution, anonymous-sources, analyst-assessment, unattributed)
     * @param confidence   stated, reported or speculative
     * @param attributedTo whom the source cites ({@code party/…} or {@code person/…}), or null
     * @param hedge        the source's own hedging words, verbatim ("reportedly", "may be willing to"), or null
     */
    public record Sourcing(String source, String sourceTitle, String basis, String confidence, String attributedTo,
                           String hedge) {}

    /**
     * A party.
     *
     * @param id         slug
     * @param type       State, InternationalOrganization or Group
     * @param label      name
     * @param wikidata   Wikidata QID, or null
     * @param represents the party a group speaks for, or null
     */
    public record PartyInfo(String id, String type, String label, String wikidata, String represents) {}

    /**
     * A person's role.
     *
     * @param id         slug
     * @param office     the office
     * @param roleType   role type code
     * @param onBehalfOf the party represented, or null for commentators
     * @param start      first day, or null
     * @param end        last day, or null
     */
    public record RoleInfo(String id, String office, String roleType, String onBehalfOf, String start, String end) {}

    /**
     * A person with roles.
     *
     * @param id       slug
     * @param label    name
     * @param wikidata QID, or null
     * @param roles    roles, ordered by start date
     */
    public record PersonInfo(String id, String label, String wikidata, List<RoleInfo> roles) {
        /** Copies the list. */
        public PersonInfo {
            roles = List.copyOf(roles);
        }
    }

    /**
     * A claim about who controls a region.
     *
     * @param id             slug
     * @param controller     the controlling party
     * @param sharePercent   share controlled, or null when the source gives none
     * @param extent         full, partial or unknown, or null
     * @param asOf           date, or null
     * @param timeExpression the source's words for when, or null
     * @param claimant       who claims it, or null (the source's own assessment)
     * @param kind           claimed or assessed
     * @param sourcing       source and reporting basis
     */
    public record ControlClaimInfo(String id, String controller, BigDecimal sharePercent, String extent, String asOf,
                                   String timeExpression, String claimant, String kind, Sourcing sourcing) {}

    /**
     * A region with its control claims.
     *
     * @param id            slug
     * @param label         name
     * @param iso3166_2     ISO 3166-2 code, or null
     * @param wikidata      QID, or null
     * @param deJureCountry the de jure country, or null
     * @param controlClaims control claims, by ID
     */
    public record RegionInfo(String id, String label, String iso3166_2, String wikidata, String deJureCountry,
                             List<ControlClaimInfo> controlClaims) {
        /** Copies the list. */
        public RegionInfo {
            controlClaims = List.copyOf(controlClaims);
        }
    }

    /**
     * A provision of a proposal.
     *
     * @param id      slug
     * @param label   summary
     * @param issue   issue settled, or null
     * @param option  option selected, or null
     * @param regions regions concerned
     */
    public record ProvisionInfo(String id, String label, String issue, String option, List<String> regions) {
        /** Copies the list. */
        public ProvisionInfo {
            regions = List.copyOf(regions);
        }
    }

    /**
     * A proposal with its provisions.
     *
     * @param id         slug
     * @param label      name
     * @param author     proposing party
     * @param status     floated, tentative, formal or withdrawn
     * @param provisions provisions, by ID
     * @param sourcing   source and reporting basis
     */
    public record ProposalInfo(String id, String label, String author, String status, List<ProvisionInfo> provisions,
                               Sourcing sourcing) {
        /** Copies the list. */
        public ProposalInfo {
            provisions = List.copyOf(provisions);
        }
    }

    /**
     * A stance.
     *
     * @param id             slug
     * @param holder         the party whose position it is
     * @param holderLabel    its name
     * @param speaker        the person who voiced it, or null
     * @param target         {@code proposal/…}, {@code provision/…} or {@code option/…}
     * @param targetLabel    the target's label
     * @param position       position code (supports … red-line)
     * @param condition      condition, or null
     * @param statedOn       date stated, or null
     * @param timeExpression the source's words for when, or null
     * @param quote          verbatim quote, or null
     * @param sourcing       source and reporting basis
     * @param datedBy        the date that places it in time (derived: statedOn, else its event's date,
     *                       else its source's dating), or null when nothing dates it
     * @param dating         in words, which date placed it (derived), e.g. "undated; source published on"
     * @param status         its place in its holder's timeline on its target (derived): "current",
     *                       "earlier" or "lapsed"
     */
    public record StanceInfo(String id, String holder, String holderLabel, String speaker, String target,
                             String targetLabel, String position, String condition, String statedOn,
                             String timeExpression, String quote, Sourcing sourcing, String datedBy, String dating,
                             String status) {}

    /**
     * One cell of the stance matrix: a party's recorded position on a provision, or silence.
     *
     * @param proposal       the proposal
     * @param provision      the provision
     * @param provisionLabel its label
     * @param party          the party
     * @param partyLabel     its name
     * @param position       position code, or "no known position" where the sources are silent
     * @param link           how the stance reaches the provision ("the provision itself", "the whole proposal", …), or empty
     * @param stance         the stance's ID, or null for silence
     * @param basis          the stance's reporting basis, or null
     * @param current        which holds now (derived timelineStatus): "current", "earlier" or "lapsed";
     *                       empty for silence
     */
    public record MatrixCell(String proposal, String provision, String provisionLabel, String party, String partyLabel,
                             String position, String link, String stance, String basis, String current) {}

    /**
     * A conflict: one party is for a term (supports, accepts, or authored it) while another opposes
     * it or holds a red line against it, with the evidence on both sides.
     *
     * @param issueLabel      the issue at stake
     * @param link            how the two sides meet ("same provision", "same issue, different terms", …)
     * @param forParty        the party in favour
     * @param forPosition     its position (or "author")
     * @param forTarget       what it is in favour of ({@code kind/slug})
     * @param forRecord       the record that says so ({@code kind/slug})
     * @param forBasis        its reporting basis
     * @param againstParty    the party against
     * @param againstPosition its position
     * @param againstTarget   what it is against
     * @param againstRecord   the record that says so
     * @param againstQuote    its quote, or null
     * @param againstBasis    its reporting basis
     */
    public record Conflict(String issueLabel, String link, String forParty, String forPosition, String forTarget,
                           String forRecord, String forBasis, String againstParty, String againstPosition,
                           String againstTarget, String againstRecord, String againstQuote, String againstBasis) {}

    /**
     * A party's position on a target in effect at a date.
     *
     * @param party    the holder
     * @param target   the target ({@code kind/slug})
     * @param position position code
     * @param stance   the stance in effect
     * @param datedBy  the date the stance counts from
     * @param dating   how that date was established (stated, valid from, source publication, …)
     * @param basis    reporting basis
     * @param source   the source's ID
     */
    public record PositionAsOf(String party, String target, String position, String stance, String datedBy,
                               String dating, String basis, String source) {}
}
