package org.w3id.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Parley ontology vocabulary, namespace {@value #NS}.
 *
 * <p>One constant per class, property, concept scheme and controlled-vocabulary concept declared in
 * {@code ontology/parley.ttl}, named exactly like its local name. {@code OntologyTest} checks
 * that this class and the ontology file agree in both directions, so a term added to one and not
 * the other fails the build.
 *
 * <pre>{@code
 * Resource stance = model.createResource(iri, PARLEY.Stance);
 * stance.addProperty(PARLEY.position, PARLEY.RedLine);
 * }</pre>
 */
public final class PARLEY {

    /** The namespace of the Parley ontology: {@value}; defined once, with the code lists' terms. */
    public static final String NS = org.w3id.parley.model.Code.NS;

    /** The ontology IRI, without the {@code #} of the namespace. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";

    /** The version IRI of this release of the ontology. */
    public static final String VERSION_IRI = "https://w3id.org/parley/ontology/1.1.0";

    private PARLEY() {}

    /**
     * The namespace of the vocabulary as a string.
     *
     * @return {@link #NS}
     */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ------------------------------------------------------------------------------------------
    // Classes
    // ------------------------------------------------------------------------------------------

    /** A collective actor that can hold a position in a negotiation. */
    public static final Resource Party = resource("Party");

    /** A sovereign state acting as a party, such as Ukraine, Russia or the United States. */
    public static final Resource State = resource("State");

    /** An organisation whose members are states, acting as a party, such as the European Union or NATO. */
    public static final Resource InternationalOrganization = resource("InternationalOrganization");

    /** An unnamed collective that a source cites as the holder or origin of a position. */
    public static final Resource Group = resource("Group");

    /** A human being who speaks, writes, conveys proposals or takes part in events. */
    public static final Resource Person = resource("Person");

    /** A person all of whose roles are commentator roles. */
    public static final Resource Commentator = resource("Commentator");

    /** An office held by a person for a period of time, optionally on behalf of a party. */
    public static final Resource Role = resource("Role");

    /** The kind of a role, from the controlled vocabulary parley:RoleTypeScheme. */
    public static final Resource RoleType = resource("RoleType");

    /** A geographic feature where something happens or that something concerns. */
    public static final Resource Place = resource("Place");

    /**
     * An administrative or otherwise delimited territory that negotiations are about, such as
     * Crimea, Donetsk oblast or Kursk oblast.
     */
    public static final Resource Region = resource("Region");

    /** A sourced statement that a party controls all or part of a region at some date. */
    public static final Resource ControlClaim = resource("ControlClaim");

    /** A matter at stake in a negotiation. */
    public static final Resource Issue = resource("Issue");

    /**
     * One possible outcome of an issue, for example "Crimea recognised as Russian, de jure" or
     * "Crimea recognised as Russian-controlled, de facto" for the issue of Crimea's status.
     */
    public static final Resource Option = resource("Option");

    /** A package of terms that a party puts forward, such as a peace framework or a ceasefire offer. */
    public static final Resource Proposal = resource("Proposal");

    /** One term of a proposal. */
    public static final Resource Provision = resource("Provision");

    /**
     * What a provision requires of one particular party, for example "Ukraine would agree not to use
     * force to retake occupied territory".
     */
    public static final Resource Obligation = resource("Obligation");

    /** A party's position towards a proposal, a provision or an option, as reported by one source. */
    public static final Resource Stance = resource("Stance");

    /** A value of the ordered scale of positions in parley:PositionScheme, from supports to red line. */
    public static final Resource Position = resource("Position");

    /** Something that happens in the course of a negotiation. */
    public static final Resource Event = resource("Event");

    /** A gathering of representatives of two or more parties, such as talks in London. */
    public static final Resource Meeting = resource("Meeting");

    /**
     * A journey by a representative of one party to meet another party on its ground, such as an
     * envoy's visit to Moscow.
     */
    public static final Resource Visit = resource("Visit");

    /** A public declaration, interview remark or press statement by a person or party. */
    public static final Resource Statement = resource("Statement");

    /** A message published on a social-media platform. */
    public static final Resource SocialMediaPost = resource("SocialMediaPost");

    /**
     * A message passed from one party or person to another outside a meeting, for example an offer
     * relayed through an envoy or a phone call.
     */
    public static final Resource Communication = resource("Communication");

    /** The publication of a document, article or column in which a position is set out. */
    public static final Resource Publication = resource("Publication");

    /**
     * An armed action referred to by a source because it bears on the negotiation, such as an
     * incursion into a region or an advance along the front line.
     */
    public static final Resource MilitaryOperation = resource("MilitaryOperation");

    /** An ongoing process or round of talks between parties, as opposed to a single meeting. */
    public static final Resource Negotiation = resource("Negotiation");

    /** The taking part of one person or party in one event, with its status. */
    public static final Resource Participation = resource("Participation");

    /** Something that limits what a party can agree to, whatever its preferences. */
    public static final Resource Constraint = resource("Constraint");

    /** A deadline or date that someone aims for, such as peace being declared by April 30. */
    public static final Resource TargetDate = resource("TargetDate");

    /**
     * Something the source explicitly says is not known, for example "it remains unclear whether
     * Trump has explicitly asked Ukraine to formally recognise Crimea as Russian territory".
     */
    public static final Resource OpenQuestion = resource("OpenQuestion");

    /** A judgement about the negotiation that is neither a party's stance nor a fact. */
    public static final Resource Assessment = resource("Assessment");

    /** A document from which Parley records are derived. */
    public static final Resource Source = resource("Source");

    /** On whose word a source reports something. */
    public static final Resource ReportingBasis = resource("ReportingBasis");

    /** How firmly a source asserts what it reports. */
    public static final Resource Confidence = resource("Confidence");

    /** How far a proposal has got (parley:ProposalStatusScheme): floated, tentative, formal, withdrawn or agreed. */
    public static final Resource ProposalStatus = resource("ProposalStatus");

    /** Whether an event is planned, has been held, is ongoing, or has an unknown status. */
    public static final Resource EventStatus = resource("EventStatus");

    /**
     * Whether an agent attended an event, is expected at it, is scheduled for it, has withdrawn from
     * it or has been invited to it.
     */
    public static final Resource ParticipationStatus = resource("ParticipationStatus");

    /** Whether a control claim is claimed by a party, assessed independently or reported by the source (parley:ClaimKindScheme). */
    public static final Resource ClaimKind = resource("ClaimKind");

    /** Whether a control claim asserts full, partial or an unknown extent of control over a region. */
    public static final Resource ControlExtent = resource("ControlExtent");

    /**
     * A curator's declared relation between two terms (options or provisions): they exclude each
     * other, one entails or refines the other, or they are compatible.
     */
    public static final Resource TermRelation = resource("TermRelation");

    /** The kind of a term relation, from parley:TermRelationScheme: excludes, entails, refines or compatible. */
    public static final Resource TermRelationType = resource("TermRelationType");

    /** A sourced record that a party or person confirmed, denied or did not confirm a reported record. */
    public static final Resource Confirmation = resource("Confirmation");

    /** Whether a record was confirmed, denied or not confirmed (parley:ConfirmationStatusScheme). */
    public static final Resource ConfirmationStatus = resource("ConfirmationStatus");

    /** A proposal that is a formal, one-sided call on another party to do something, often with a precondition. */
    public static final Resource Demand = resource("Demand");

    /** A proposal that asks for something, typically a meeting. */
    public static final Resource Request = resource("Request");

    /** The part an agent plays at an event (parley:ParticipationRoleScheme): host, mediator, head of delegation, delegate or observer. */
    public static final Resource ParticipationRole = resource("ParticipationRole");

    // ------------------------------------------------------------------------------------------
    // Object properties
    // ------------------------------------------------------------------------------------------

    /**
     * Property "Wikidata item": the Wikidata entity (http://www.wikidata.org/entity/Q…) that denotes
     * the same party, person or place.
     */
    public static final Property wikidata = property("wikidata");

    /**
     * Property "GeoNames feature": the GeoNames feature that denotes the same place, as its IRI
     * https://sws.geonames.org/{id}/.
     */
    public static final Property geonames = property("geonames");

    /**
     * Property "represents": the party that a group belongs to or speaks for, when the source makes
     * it clear.
     */
    public static final Property represents = property("represents");

    /** Property "holds role": links a person to a role the person holds or has held. */
    public static final Property holdsRole = property("holdsRole");

    /** Property "role type": the kind of role, from parley:RoleTypeScheme. */
    public static final Property roleType = property("roleType");

    /** Property "on behalf of": the party for which the holder of a role speaks or acts. */
    public static final Property onBehalfOf = property("onBehalfOf");

    /**
     * Property "de jure country": the state to which a region belongs under international law as
     * generally recognised.
     */
    public static final Property deJureCountry = property("deJureCountry");

    /** Property "part of": a larger region that contains this region geographically. */
    public static final Property partOf = property("partOf");

    /** Property "country": the state in which a place (typically a city where an event is held) lies. */
    public static final Property country = property("country");

    /** Property "option of": the issue of which this option is a possible outcome. */
    public static final Property optionOf = property("optionOf");

    /**
     * Property "concerns region": a region that an option or a provision is about, so that queries
     * can find every term touching, for example, Zaporizhzhia.
     */
    public static final Property concernsRegion = property("concernsRegion");

    /** Property "author": the party that puts a proposal forward. */
    public static final Property author = property("author");

    /**
     * Property "author person": the person who made a proposal on behalf of its authoring party,
     * when the source names one.
     */
    public static final Property authorPerson = property("authorPerson");

    /**
     * Property "conveyed by": a person or party who carried the proposal to its recipients, such as
     * an envoy.
     */
    public static final Property conveyedBy = property("conveyedBy");

    /**
     * Property "conveyed to": a person or party to whom the proposal was delivered, such as the
     * envoy who received an offer.
     */
    public static final Property conveyedTo = property("conveyedTo");

    /**
     * Property "addressed to": a party whose agreement the proposal seeks, whether or not it was
     * delivered to that party.
     */
    public static final Property addressedTo = property("addressedTo");

    /** Property "proposal status": how far the proposal has got, from parley:ProposalStatusScheme. */
    public static final Property proposalStatus = property("proposalStatus");

    /**
     * Property "conveyed at": the event (meeting, visit, communication) at which the proposal was
     * conveyed.
     */
    public static final Property conveyedAt = property("conveyedAt");

    /** Property "has provision": a term of the proposal. */
    public static final Property hasProvision = property("hasProvision");

    /** Property "part of proposal": the proposal a provision belongs to. */
    public static final Property partOfProposal = property("partOfProposal");

    /** Property "on issue": the issue a provision settles or addresses. */
    public static final Property onIssue = property("onIssue");

    /** Property "selects option": the option a provision chooses for its issue. */
    public static final Property selectsOption = property("selectsOption");

    /** Property "binds": an obligation that the provision imposes on one party. */
    public static final Property binds = property("binds");

    /** Property "bound party": the party that an obligation binds. */
    public static final Property boundParty = property("boundParty");

    /** Property "holder": whose position or aim it is. */
    public static final Property holder = property("holder");

    /** Property "speaker": the person who voiced a stance on behalf of its holder. */
    public static final Property speaker = property("speaker");

    /** Property "target": what a stance is about. */
    public static final Property target = property("target");

    /** Property "position": how favourable the stance is, from parley:PositionScheme. */
    public static final Property position = property("position");

    /** Property "supersedes": an earlier stance that this stance replaces. */
    public static final Property supersedes = property("supersedes");

    /**
     * Property "stated at": the event (statement, social-media post, publication) at which a stance,
     * assessment or target date was stated.
     */
    public static final Property statedAt = property("statedAt");

    /**
     * Property "in exchange for": a proposal, provision or option that a provision or a stance's
     * holder would get in return, when the source presents the two as a trade.
     */
    public static final Property inExchangeFor = property("inExchangeFor");

    /**
     * Property "reporting basis": on whose word the source reports the record, from
     * parley:ReportingBasisScheme.
     */
    public static final Property reportingBasis = property("reportingBasis");

    /** Property "attributed to": the party or person that the source cites for a record. */
    public static final Property attributedTo = property("attributedTo");

    /** Property "confidence": how firmly the source asserts the record, from parley:ConfidenceScheme. */
    public static final Property confidence = property("confidence");

    /** Property "place": where an event happens: a city, or a region when the source gives no more. */
    public static final Property place = property("place");

    /**
     * Property "event status": whether the event is planned, held, ongoing or of unknown status,
     * from parley:EventStatusScheme.
     */
    public static final Property eventStatus = property("eventStatus");

    /**
     * Property "has participation": a participation record of the event: who takes part and with
     * which status.
     */
    public static final Property hasParticipation = property("hasParticipation");

    /** Property "participant": the person or party whose participation is recorded. */
    public static final Property participant = property("participant");

    /**
     * Property "participation status": whether the participant attended, is expected, is scheduled,
     * withdrew or is invited, from parley:ParticipationStatusScheme.
     */
    public static final Property participationStatus = property("participationStatus");

    /** Property "about": what an event, constraint, target date, open question or assessment concerns. */
    public static final Property about = property("about");

    /** Property "region": the region whose control the claim is about. */
    public static final Property region = property("region");

    /** Property "controller": the party said to control the region. */
    public static final Property controller = property("controller");

    /**
     * Property "extent": whether the claimed control is full, partial or of unknown extent, from
     * parley:ControlExtentScheme.
     */
    public static final Property extent = property("extent");

    /** Property "claimant": the party or person who makes the control claim, for example the Kremlin. */
    public static final Property claimant = property("claimant");

    /**
     * Property "claim kind": whether the control is claimed by a party, assessed independently or
     * reported by the source, from parley:ClaimKindScheme.
     */
    public static final Property claimKind = property("claimKind");

    /** Property "constrains": the party whose freedom to agree the constraint limits. */
    public static final Property constrains = property("constrains");

    /**
     * Property "assessor": the party or person who makes the assessment; absent when it is the
     * publication's own.
     */
    public static final Property assessor = property("assessor");

    /** Property "excludes": the two terms cannot both hold (symmetric; both directions are written). */
    public static final Property excludes = property("excludes");

    /** Property "entails": accepting this term accepts the other (transitive; one direction). */
    public static final Property entails = property("entails");

    /** Property "refines": this term is a narrower variant of the other, such as de jure of de facto recognition. */
    public static final Property refines = property("refines");

    /** Property "compatible with": the two terms can hold together (symmetric; both directions are written). */
    public static final Property compatibleWith = property("compatibleWith");

    /** Property "subject term": the first term of a term relation (its JSON {@code from}). */
    public static final Property subjectTerm = property("subjectTerm");

    /** Property "object term": the second term of a term relation (its JSON {@code to}). */
    public static final Property objectTerm = property("objectTerm");

    /** Property "relation type": the kind of a term relation, from parley:TermRelationScheme. */
    public static final Property relationType = property("relationType");

    /**
     * Property "condition on": a record that a stance's condition names: a stance being held, a
     * party's acceptance, a term in place, an event having happened, or a region concerned.
     */
    public static final Property conditionOn = property("conditionOn");

    /** Property "required before": a term that this provision must be fulfilled before. */
    public static final Property requiredBefore = property("requiredBefore");

    /** Property "participation role": the part the participant plays at the event, from parley:ParticipationRoleScheme. */
    public static final Property participationRole = property("participationRole");

    /** Property "participant for": the party whose delegation the participant belongs to at the event. */
    public static final Property participantFor = property("participantFor");

    /** Property "confirmation of": the record that is confirmed, denied or not confirmed. */
    public static final Property confirmationOf = property("confirmationOf");

    /** Property "confirming agent": the party or person who confirmed, denied or did not confirm the record. */
    public static final Property confirmingAgent = property("confirmingAgent");

    /** Property "confirmation status": confirmed, denied or not confirmed, from parley:ConfirmationStatusScheme. */
    public static final Property confirmationStatus = property("confirmationStatus");

    /**
     * Property "same offer as": another proposal record that describes the same offer, as another
     * source or other words report it (symmetric; both directions are written; not owl:sameAs).
     */
    public static final Property sameOfferAs = property("sameOfferAs");

    /** Property "proposes event": the event a proposal or request asks for. */
    public static final Property proposesEvent = property("proposesEvent");

    /** Property "connected to": a party a role's holder is connected to without acting for it. */
    public static final Property connectedTo = property("connectedTo");

    // ------------------------------------------------------------------------------------------
    // Datatype properties
    // ------------------------------------------------------------------------------------------

    /**
     * Property "ISO 3166 code": the ISO 3166-1 alpha-2 code of a state or the ISO 3166-2 code of a
     * region.
     */
    public static final Property iso3166Code = property("iso3166Code");

    /** Property "office": the name of the office, in English, as it would be written in a news report. */
    public static final Property office = property("office");

    /** Property "start date": the date from which a role is held, as precise as it is known. */
    public static final Property startDate = property("startDate");

    /** Property "end date": the date on which a role ended, as precise as it is known. */
    public static final Property endDate = property("endDate");

    /** Property "region type": the kind of administrative unit, as a plain string. */
    public static final Property regionType = property("regionType");

    /** Property "proposed on": the date on which the proposal was made, as precise as the source allows. */
    public static final Property proposedOn = property("proposedOn");

    /** Property "time expression": the source's own words for a time that it does not date exactly. */
    public static final Property timeExpression = property("timeExpression");

    /** Property "status words": the source's own words for the status of a proposal, verbatim. */
    public static final Property statusWords = property("statusWords");

    /** Property "obligation": what the bound party would have to do or refrain from doing, in English. */
    public static final Property obligation = property("obligation");

    /**
     * Property "condition": the condition attached to a stance, in English: "once a ceasefire is in
     * place".
     */
    public static final Property condition = property("condition");

    /** Property "stated on": when the stance was expressed, as precise as the source allows. */
    public static final Property statedOn = property("statedOn");

    /**
     * Property "valid from": the first date on which the stance is known to hold; may precede the
     * date on which it was stated.
     */
    public static final Property validFrom = property("validFrom");

    /**
     * Property "valid until": the last date on which the stance is known to hold, for example the
     * day before a superseding stance.
     */
    public static final Property validUntil = property("validUntil");

    /**
     * Property "hedge": the source's own hedging words, verbatim: "reportedly", "may be willing",
     * "hinted".
     */
    public static final Property hedge = property("hedge");

    /**
     * Property "quote": a verbatim quotation from the source that supports the record, with its
     * language tag.
     */
    public static final Property quote = property("quote");

    /** Property "date": when an event happened or is planned to happen, as precise as the source allows. */
    public static final Property date = property("date");

    /**
     * Property "share percent": the share of the region said to be controlled, as a decimal
     * percentage between 0 and 100.
     */
    public static final Property sharePercent = property("sharePercent");

    /**
     * Property "as of": the date at which the claimed or assessed control holds, which may differ
     * from the date of the source.
     */
    public static final Property asOf = property("asOf");

    /**
     * Property "constraint type": the kind of constraint as a plain string: "legal", "political" or
     * "military".
     */
    public static final Property constraintType = property("constraintType");

    /**
     * Property "target date": the date aimed for, as precise as the source allows ("by April 30"
     * gives 2025-04-30).
     */
    public static final Property targetDate = property("targetDate");

    /** Property "goal": what is to be achieved by the target date, in English: "peace declared". */
    public static final Property goal = property("goal");

    /** Property "question": the open question, phrased as a question in English. */
    public static final Property question = property("question");

    /** Property "statement": the content of an assessment, in English. */
    public static final Property statement = property("statement");

    /**
     * Property "published not before": the earliest date on which a source can have been published,
     * when its exact date is unknown.
     */
    public static final Property publishedNotBefore = property("publishedNotBefore");

    /**
     * Property "published not after": the latest date on which a source can have been published,
     * when its exact date is unknown.
     */
    public static final Property publishedNotAfter = property("publishedNotAfter");

    /** Property "dating note": how the publication date or its bounds were worked out, in free text. */
    public static final Property datingNote = property("datingNote");

    /**
     * Property "rank": the place of a position on the scale from most favourable (1) to least
     * favourable (7).
     */
    public static final Property rank = property("rank");

    // ------------------------------------------------------------------------------------------
    // Concept schemes
    // ------------------------------------------------------------------------------------------

    /** Concept scheme "positions": Ordered by parley:rank, from parley:Supports (1) to parley:RedLine (7). */
    public static final Resource PositionScheme = resource("PositionScheme");

    /** Concept scheme "reporting bases": Values of parley:reportingBasis. */
    public static final Resource ReportingBasisScheme = resource("ReportingBasisScheme");

    /** Concept scheme "confidence levels": Values of parley:confidence. */
    public static final Resource ConfidenceScheme = resource("ConfidenceScheme");

    /** Concept scheme "proposal statuses": Values of parley:proposalStatus. */
    public static final Resource ProposalStatusScheme = resource("ProposalStatusScheme");

    /** Concept scheme "event statuses": Values of parley:eventStatus. */
    public static final Resource EventStatusScheme = resource("EventStatusScheme");

    /** Concept scheme "participation statuses": Values of parley:participationStatus. */
    public static final Resource ParticipationStatusScheme = resource("ParticipationStatusScheme");

    /** Concept scheme "claim kinds": Values of parley:claimKind. */
    public static final Resource ClaimKindScheme = resource("ClaimKindScheme");

    /** Concept scheme "control extents": Values of parley:extent. */
    public static final Resource ControlExtentScheme = resource("ControlExtentScheme");

    /** Concept scheme "role types": Values of parley:roleType. */
    public static final Resource RoleTypeScheme = resource("RoleTypeScheme");

    /** Concept scheme "term relations": Values of parley:relationType. */
    public static final Resource TermRelationScheme = resource("TermRelationScheme");

    /** Concept scheme "participation roles": Values of parley:participationRole. */
    public static final Resource ParticipationRoleScheme = resource("ParticipationRoleScheme");

    /** Concept scheme "confirmation statuses": Values of parley:confirmationStatus. */
    public static final Resource ConfirmationStatusScheme = resource("ConfirmationStatusScheme");

    // ------------------------------------------------------------------------------------------
    // Concepts of the controlled vocabularies
    // ------------------------------------------------------------------------------------------

    /** Concept "supports": The party endorses the target without stated conditions. */
    public static final Resource Supports = resource("Supports");

    /** Concept "accepts conditionally": The party would accept the target if a stated condition is met. */
    public static final Resource AcceptsConditionally = resource("AcceptsConditionally");

    /** Concept "open to": The party is willing to consider or discuss the target without committing to it. */
    public static final Resource OpenTo = resource("OpenTo");

    /**
     * Concept "ambiguous": The party has expressed itself on the target, but in terms that do not
     * allow a reading as favourable or unfavourable.
     */
    public static final Resource Ambiguous = resource("Ambiguous");

    /** Concept "sceptical": The party doubts or distrusts the target without rejecting it. */
    public static final Resource Sceptical = resource("Sceptical");

    /** Concept "opposes": The party rejects the target, without declaring the rejection non-negotiable. */
    public static final Resource Opposes = resource("Opposes");

    /** Concept "red line": The party rejects the target and declares that it will never accept it. */
    public static final Resource RedLine = resource("RedLine");

    /**
     * Concept "on record": The holder or a person speaking for it said so publicly and is quoted or
     * directly reported.
     */
    public static final Resource OnRecord = resource("OnRecord");

    /**
     * Concept "named attribution": The source attributes the information to a named person or body
     * other than an on-record statement of the holder, for example a named commentator describing a
     * party's strategy.
     */
    public static final Resource NamedAttribution = resource("NamedAttribution");

    /** Concept "anonymous sources": The source relies on unnamed people. */
    public static final Resource AnonymousSources = resource("AnonymousSources");

    /**
     * Concept "analyst assessment": The record is an analyst's or institute's interpretation rather
     * than a report of what a party said or did.
     */
    public static final Resource AnalystAssessment = resource("AnalystAssessment");

    /** Concept "unattributed report": The publication states it in its own voice without citing anyone. */
    public static final Resource UnattributedReport = resource("UnattributedReport");

    /** Concept "stated": The source asserts it plainly, without hedging. */
    public static final Resource Stated = resource("Stated");

    /**
     * Concept "reported": The source passes it on with a reporting hedge such as "reportedly" or
     * "sources say".
     */
    public static final Resource Reported = resource("Reported");

    /** Concept "speculative": The source presents it as a possibility: "may", "might", "hinted". */
    public static final Resource Speculative = resource("Speculative");

    /** Concept "floated": Put forward informally to test reactions, without commitment. */
    public static final Resource Floated = resource("Floated");

    /**
     * Concept "tentative": Under discussion as a possible basis for agreement, with terms not yet
     * settled.
     */
    public static final Resource Tentative = resource("Tentative");

    /** Concept "formal": Officially tabled or delivered by the author as its proposal. */
    public static final Resource Formal = resource("Formal");

    /** Concept "withdrawn": Taken back by its author. */
    public static final Resource Withdrawn = resource("Withdrawn");

    /** Concept "planned": Announced or expected, not yet taken place. */
    public static final Resource Planned = resource("Planned");

    /** Concept "held": Has taken place. */
    public static final Resource Held = resource("Held");

    /** Concept "ongoing": Under way at the time of the source, such as negotiations that continue. */
    public static final Resource Ongoing = resource("Ongoing");

    /** Concept "status unknown": The source does not allow saying whether the event has taken place. */
    public static final Resource StatusUnknown = resource("StatusUnknown");

    /** Concept "attended": Took part in the event. */
    public static final Resource Attended = resource("Attended");

    /**
     * Concept "authored": Made the statement, wrote the post or publication, or sent the message that
     * the event consists of.
     */
    public static final Resource Authored = resource("Authored");

    /**
     * Concept "expected": Reported as likely to take part, without a firm schedule: "is still
     * expected to attend".
     */
    public static final Resource Expected = resource("Expected");

    /** Concept "scheduled": Reported as firmly planned to take part: "is scheduled to visit". */
    public static final Resource Scheduled = resource("Scheduled");

    /** Concept "withdrew": Was due to take part and pulled out. */
    public static final Resource WithdrewParticipation = resource("WithdrewParticipation");

    /** Concept "invited": Has been invited; whether the invitation is accepted is not known. */
    public static final Resource Invited = resource("Invited");

    /**
     * Concept "claimed": Asserted by a party with a stake in the claim, such as a belligerent's
     * statement about territory it holds.
     */
    public static final Resource Claimed = resource("Claimed");

    /**
     * Concept "assessed": Estimated independently of the belligerents, for example by an institute
     * mapping the front line.
     */
    public static final Resource Assessed = resource("Assessed");

    /**
     * Concept "reported": Stated or presupposed by the source without naming a claimant or an
     * assessor: neither a party's claim nor an independent assessment.
     */
    public static final Resource ReportedBySource = resource("ReportedBySource");

    /** Concept "full control": The whole region is said to be controlled. */
    public static final Resource FullControl = resource("FullControl");

    /** Concept "partial control": Part of the region is said to be controlled. */
    public static final Resource PartialControl = resource("PartialControl");

    /**
     * Concept "unknown extent": The source says the party controls the region or part of it without
     * saying how much.
     */
    public static final Resource UnknownExtent = resource("UnknownExtent");

    /** Concept "head of state": The head of a state, such as a president or monarch. */
    public static final Resource HeadOfState = resource("HeadOfState");

    /** Concept "head of government": The head of a government, such as a prime minister or chancellor. */
    public static final Resource HeadOfGovernment = resource("HeadOfGovernment");

    /**
     * Concept "minister": A member of a government in charge of a ministry, such as a foreign
     * minister or secretary of state.
     */
    public static final Resource Minister = resource("Minister");

    /** Concept "envoy": A person sent to negotiate or to carry messages on behalf of a party. */
    public static final Resource Envoy = resource("Envoy");

    /** Concept "spokesperson": A person appointed to speak publicly for a party or its leader. */
    public static final Resource Spokesperson = resource("Spokesperson");

    /** Concept "official": Any other office holder acting for a party. */
    public static final Resource Official = resource("Official");

    /**
     * Concept "commentator": A journalist, columnist or analyst who comments on the negotiation and
     * speaks for no party.
     */
    public static final Resource CommentatorRole = resource("CommentatorRole");

    /** Concept "excludes": Both terms cannot hold together. */
    public static final Resource ExcludesRelation = resource("ExcludesRelation");

    /** Concept "entails": Accepting the first term accepts the second. */
    public static final Resource EntailsRelation = resource("EntailsRelation");

    /** Concept "refines": The first term is a narrower variant of the second. */
    public static final Resource RefinesRelation = resource("RefinesRelation");

    /** Concept "compatible": Both terms can hold together. */
    public static final Resource CompatibleRelation = resource("CompatibleRelation");

    /** Concept "agreed": The parties named as authors have agreed to it. */
    public static final Resource Agreed = resource("Agreed");

    /** Concept "absent": Invited or challenged to come, but did not. */
    public static final Resource Absent = resource("Absent");

    /** Concept "declined": Said in advance that they would not take part. */
    public static final Resource Declined = resource("Declined");

    /** Concept "host": Hosts the event. */
    public static final Resource Host = resource("Host");

    /** Concept "mediator": Mediates between the parties at the event. */
    public static final Resource Mediator = resource("Mediator");

    /** Concept "head of delegation": Leads a party's delegation at the event. */
    public static final Resource HeadOfDelegation = resource("HeadOfDelegation");

    /** Concept "delegate": A member of a party's delegation at the event. */
    public static final Resource Delegate = resource("Delegate");

    /** Concept "observer": Attends the event without being a party to it. */
    public static final Resource Observer = resource("Observer");

    /** Concept "confirmed": The agent confirmed the record. */
    public static final Resource Confirmed = resource("Confirmed");

    /** Concept "denied": The agent denied the record. */
    public static final Resource Denied = resource("Denied");

    /** Concept "not confirmed": The agent did not confirm the record, without denying it. */
    public static final Resource NotConfirmed = resource("NotConfirmed");

    // Derived layer (ontology/rules/*.ru): written by the rules into the derived graph, never by the mapper.

    /** Derived: the date that places a stance in time, as given. */
    public static final Property effectiveDate = property("effectiveDate");
    /** Derived: the last day the effective date allows. */
    public static final Property effectiveEnd = property("effectiveEnd");
    /** Derived: the first day a stance may be from. */
    public static final Property effectiveStart = property("effectiveStart");
    /** Derived: in words, which date placed a stance. */
    public static final Property dating = property("dating");
    /** Derived: the first day of a stance's validFrom. */
    public static final Property inEffectFrom = property("inEffectFrom");
    /** Derived: the last day of a stance's validUntil. */
    public static final Property inEffectUntil = property("inEffectUntil");
    /** Derived: a later stance of the same holder on the same target that replaces this one. */
    public static final Property followedBy = property("followedBy");
    /** Derived: the stance a stance changed from. */
    public static final Property previousStance = property("previousStance");
    /** Derived: current, earlier or lapsed. */
    public static final Property timelineStatus = property("timelineStatus");
    /** Derived: two stances that different sources give of one holder's position on one target at the same time. */
    public static final Resource SourceDisagreement = resource("SourceDisagreement");
    /** Derived: one of the two stances of a source disagreement. */
    public static final Property disagreeingStance = property("disagreeingStance");

    // Derived layer, rules 40 to 70: term positions, conflicts, agreements, the zone of possible agreement.

    /** Derived: the position of one party on one term. */
    public static final Resource TermPosition = resource("TermPosition");
    /** Derived: the stance or proposal a term position rests on. */
    public static final Property positionRecord = property("positionRecord");
    /** Derived: the party whose term position it is. */
    public static final Property positionHolder = property("positionHolder");
    /** Derived: the term the record of a term position is about. */
    public static final Property positionBasis = property("positionBasis");
    /** Derived: the term a term position is on. */
    public static final Property positionTerm = property("positionTerm");
    /** Derived: how a term position reached its term, in words. */
    public static final Property reachedThrough = property("reachedThrough");
    /** Derived: the declared relation that led a term position to its term. */
    public static final Property reachedByRelation = property("reachedByRelation");
    /** Derived: the position of a term position in words. */
    public static final Property positionCode = property("positionCode");
    /** Derived: favourable, open, undecided, opposing or wanted in return. */
    public static final Property positionLeaning = property("positionLeaning");
    /** Derived: the principal party a term position counts for. */
    public static final Property countsFor = property("countsFor");
    /** Derived: current positions of different parties that cannot both stand, grouped by the reason. */
    public static final Resource Conflict = resource("Conflict");
    /** Derived: a position on the favourable side of a conflict. */
    public static final Property forPosition = property("forPosition");
    /** Derived: a position on the other side of a conflict. */
    public static final Property againstPosition = property("againstPosition");
    /** Derived: a record the favourable side of a conflict rests on. */
    public static final Property forRecord = property("forRecord");
    /** Derived: a record the other side of a conflict rests on. */
    public static final Property againstRecord = property("againstRecord");
    /** Derived: why two positions conflict, in words. */
    public static final Property conflictLink = property("conflictLink");
    /** Derived: the declared relation that makes two positions conflict. */
    public static final Property conflictRelation = property("conflictRelation");
    /** Derived: the term the two sides of an opposed conflict meet on. */
    public static final Property conflictTerm = property("conflictTerm");
    /** Derived: a common position or an agreed proposal. */
    public static final Resource Agreement = resource("Agreement");
    /** Derived: common position or agreed proposal. */
    public static final Property agreementKind = property("agreementKind");
    /** Derived: the term or proposal agreed on. */
    public static final Property agreedTerm = property("agreedTerm");
    /** Derived: a party that agrees. */
    public static final Property agreedBy = property("agreedBy");
    /** Derived: what an agreement rests on. */
    public static final Property agreementEvidence = property("agreementEvidence");
    /** Derived: a provision or option in the zone of possible agreement. */
    public static final Resource ZoneCandidate = resource("ZoneCandidate");
    /** Derived: the term of a zone candidate. */
    public static final Property candidateTerm = property("candidateTerm");
    /** Derived: the issue of a zone candidate. */
    public static final Property zoneIssue = property("zoneIssue");
    /** Derived: contested or unopposed. */
    public static final Property zoneStatus = property("zoneStatus");
    /** Derived: a position favouring a zone candidate. */
    public static final Property favouredBy = property("favouredBy");
    /** Derived: a principal party's favourable position on a term excluding a zone candidate. */
    public static final Property contestedBy = property("contestedBy");
    /** Derived: an excludes relation that makes a zone candidate contested. */
    public static final Property contestingRelation = property("contestingRelation");
}
