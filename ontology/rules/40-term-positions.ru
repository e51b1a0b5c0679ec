# Rule 40 — the position of each party on each term, reached through structure and declared
# relations, on current stances.
#
# A term position (parley:TermPosition) says that the holder of one record takes a position on one
# term: parley:positionRecord is the record it rests on, parley:positionBasis the term that record
# is about, parley:positionTerm the term reached, parley:reachedThrough how ("same term" when the
# two are one), parley:reachedByRelation the declared parley:TermRelation when one relation led
# there, parley:positionHolder the party, parley:countsFor the principal party it counts for,
# parley:positionCode the position in words and parley:positionLeaning its leaning. Its IRI is built
# from the holder, the record, the basis and the term (each author of a joint proposal has
# positions of its own).
#
# Where positions start (parley:reachedThrough "same term"):
#   - a current stance (parley:timelineStatus "current", rule 20) on its target: leaning
#     "favourable" for supports and accepts-conditionally (rank 1, 2), "open" for open-to (3),
#     "undecided" for ambiguous and sceptical (4, 5), "opposing" for opposes and red-line (6, 7);
#   - the authorship of a proposal (parley:author, every author of a joint proposal): leaning
#     "favourable", code "author", on the proposal and on each of its provisions (the author puts
#     each forward). A withdrawn proposal (parley:Withdrawn) is no longer put forward and counts
#     for nothing;
#   - what a current stance of rank 1 to 3 asks in return (parley:inExchangeFor): leaning "wanted
#     in return", code "wants in return", on that term only (reachedThrough "asked in return for
#     a stance on another term"); it propagates nowhere.
# How they propagate (from the term a position starts on, one step, never further):
#   - structure, towards what a term puts into words, for every leaning but "wanted in return": a
#     provision reaches the option it selects ("provision and the option it selects"); a proposal
#     reaches each of its provisions ("provision and its proposal") and the option each selects
#     ("proposal and an option its provisions select");
#   - entails and refines, downwards, for favourable positions only: a favourable position on a
#     term, or on a provision for the option it selects, reaches every term that term entails or
#     refines, in one step or a chain (parley:entails|parley:refines)+: accepting the narrower or
#     entailing term accepts the broader one;
#   - entails and refines, upwards, for opposing positions only: an opposing position on a term
#     reaches every term that entails or refines it, in one step or a chain: rejecting the broader
#     term rejects what would accept it. A red line
#     on a narrower term (Ukraine recognising Crimea as Russian) therefore never reaches the
#     broader one (recognising Russia's control);
#   - excludes never propagates a position: two terms that exclude each other make a conflict
#     (rule 50) and contest the zone of agreement (rule 70), nothing more; compatible never does
#     anything.
# Never from an option down to the provisions that select it: a position on an option is not
# copied onto every provision of every proposal that selects it (the most-named options are selected
# by hundreds of provisions, and the copies would grow with the product of positions and
# provisions). The rules that need it ask for "a position on the term, or on the option it selects"
# where they read (rules 60 and 70); rule 50 finds those pairs from the provision's side, which
# reaches the option.
# A principal party (parley:countsFor) is a State or an International Organization holding the
# position itself, or the party a group represents (parley:represents: "U.S. officials" count for
# the United States). Other groups (anonymous sources, "European officials") have no countsFor.
# Why: a conflict, an agreement and the zone of agreement all ask "what does this party hold on
# this term, directly or by implication"; deriving it once, from current positions only, makes them
# answer alike and lets a researcher follow each answer to the stance or proposal it rests on.
#
# Reads the union of Parley's graphs, rules 10 and 20 included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>

# Current stances on their targets.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?stance ; parley:positionHolder ?holder ;
        parley:positionBasis ?target ; parley:positionTerm ?target ; parley:reachedThrough "same term" ;
        parley:positionCode ?code ; parley:positionLeaning ?leaning ; parley:countsFor ?principal .
  }
}
WHERE {
  ?stance a parley:Stance ; parley:timelineStatus "current" ; parley:holder ?holder ; parley:target ?target ;
          parley:position ?pos .
  ?pos parley:rank ?rank ; skos:notation ?code .
  BIND(IF(?rank <= 2, "favourable", IF(?rank = 3, "open", IF(?rank >= 6, "opposing", "undecided"))) AS ?leaning)
  OPTIONAL { ?holder parley:represents ?represented }
  # A State or International Organization counts for itself, a group for the party it represents.
  # (An OPTIONAL, not IF(EXISTS … || EXISTS …), which Virtuoso 7.2 cannot compile.)
  OPTIONAL { ?holder a ?principalClass . FILTER(?principalClass IN (parley:State, parley:InternationalOrganization)) BIND(?holder AS ?itself) }
  BIND(COALESCE(?itself, ?represented) AS ?principal)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?holder), "/id/"), "/", STRAFTER(STR(?stance), "/id/"), "--",
                  STRAFTER(STR(?target), "/id/"), "--", STRAFTER(STR(?target), "/id/"))) AS ?tp)
}
;

# The authorship of a proposal, on the proposal and on each of its provisions.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?proposal ; parley:positionHolder ?author ;
        parley:positionBasis ?basis ; parley:positionTerm ?basis ; parley:reachedThrough "same term" ;
        parley:positionCode "author" ; parley:positionLeaning "favourable" ; parley:countsFor ?principal .
  }
}
WHERE {
  ?proposal a parley:Proposal ; parley:author ?author .
  FILTER NOT EXISTS { ?proposal parley:proposalStatus parley:Withdrawn }
  { ?proposal a parley:Proposal . BIND(?proposal AS ?basis) }
  UNION { ?proposal parley:hasProvision ?basis }
  OPTIONAL { ?author parley:represents ?represented }
  # A State or International Organization counts for itself, a group for the party it represents.
  # (An OPTIONAL, not IF(EXISTS … || EXISTS …), which Virtuoso 7.2 cannot compile.)
  OPTIONAL { ?author a ?principalClass . FILTER(?principalClass IN (parley:State, parley:InternationalOrganization)) BIND(?author AS ?itself) }
  BIND(COALESCE(?itself, ?represented) AS ?principal)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?author), "/id/"), "/", STRAFTER(STR(?proposal), "/id/"), "--",
                  STRAFTER(STR(?basis), "/id/"), "--", STRAFTER(STR(?basis), "/id/"))) AS ?tp)
}
;

# What a current stance of rank 1 to 3 asks in return.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?stance ; parley:positionHolder ?holder ;
        parley:positionBasis ?wanted ; parley:positionTerm ?wanted ;
        parley:reachedThrough "asked in return for a stance on another term" ;
        parley:positionCode "wants in return" ; parley:positionLeaning "wanted in return" ; parley:countsFor ?principal .
  }
}
WHERE {
  ?stance a parley:Stance ; parley:timelineStatus "current" ; parley:holder ?holder ; parley:inExchangeFor ?wanted ;
          parley:position/parley:rank ?rank .
  FILTER(?rank <= 3)
  OPTIONAL { ?holder parley:represents ?represented }
  # A State or International Organization counts for itself, a group for the party it represents.
  # (An OPTIONAL, not IF(EXISTS … || EXISTS …), which Virtuoso 7.2 cannot compile.)
  OPTIONAL { ?holder a ?principalClass . FILTER(?principalClass IN (parley:State, parley:InternationalOrganization)) BIND(?holder AS ?itself) }
  BIND(COALESCE(?itself, ?represented) AS ?principal)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?holder), "/id/"), "/", STRAFTER(STR(?stance), "/id/"), "--",
                  STRAFTER(STR(?wanted), "/id/"), "--", STRAFTER(STR(?wanted), "/id/"))) AS ?tp)
}
;

# Structure, both ways, from where each position starts.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?record ; parley:positionHolder ?holder ;
        parley:positionBasis ?basis ; parley:positionTerm ?term ; parley:reachedThrough ?link ;
        parley:positionCode ?code ; parley:positionLeaning ?leaning ; parley:countsFor ?principal .
  }
}
WHERE {
  ?start a parley:TermPosition ; parley:positionBasis ?basis ; parley:positionTerm ?basis ;
         parley:positionRecord ?record ; parley:positionHolder ?holder ; parley:positionCode ?code ;
         parley:positionLeaning ?leaning .
  FILTER(?leaning != "wanted in return")
  OPTIONAL { ?start parley:countsFor ?principal }
  { ?basis parley:selectsOption ?term . BIND("provision and the option it selects" AS ?link) }
  UNION { ?basis parley:hasProvision ?term . BIND("provision and its proposal" AS ?link) }
  UNION { ?basis parley:hasProvision/parley:selectsOption ?term . BIND("proposal and an option its provisions select" AS ?link) }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?holder), "/id/"), "/", STRAFTER(STR(?record), "/id/"), "--",
                  STRAFTER(STR(?basis), "/id/"), "--", STRAFTER(STR(?term), "/id/"))) AS ?tp)
}
;

# Favourable positions, downwards through entails and refines.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?record ; parley:positionHolder ?holder ;
        parley:positionBasis ?basis ; parley:positionTerm ?term ; parley:reachedThrough ?link ;
        parley:reachedByRelation ?relation ;
        parley:positionCode ?code ; parley:positionLeaning "favourable" ; parley:countsFor ?principal .
  }
}
WHERE {
  ?start a parley:TermPosition ; parley:positionBasis ?basis ; parley:positionTerm ?basis ;
         parley:positionRecord ?record ; parley:positionHolder ?holder ; parley:positionCode ?code ;
         parley:positionLeaning "favourable" .
  OPTIONAL { ?start parley:countsFor ?principal }
  { ?basis (parley:entails|parley:refines)+ ?term . BIND(?basis AS ?from) BIND("" AS ?via) }
  UNION { ?basis parley:selectsOption ?from . ?from (parley:entails|parley:refines)+ ?term .
          BIND(", from the option the provision selects" AS ?via) }
  OPTIONAL {
    ?relation parley:subjectTerm ?from ; parley:objectTerm ?term ; parley:relationType ?relationType .
    FILTER(?relationType IN (parley:EntailsRelation, parley:RefinesRelation))
    ?relationType skos:notation ?relationCode .
  }
  BIND(CONCAT("declared: ", COALESCE(?relationCode, "chain of entails/refines"), ?via) AS ?link)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?holder), "/id/"), "/", STRAFTER(STR(?record), "/id/"), "--",
                  STRAFTER(STR(?basis), "/id/"), "--", STRAFTER(STR(?term), "/id/"))) AS ?tp)
}
;

# Opposing positions, upwards through entails and refines.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?tp a parley:TermPosition ; parley:positionRecord ?record ; parley:positionHolder ?holder ;
        parley:positionBasis ?basis ; parley:positionTerm ?term ; parley:reachedThrough ?link ;
        parley:reachedByRelation ?relation ;
        parley:positionCode ?code ; parley:positionLeaning "opposing" ; parley:countsFor ?principal .
  }
}
WHERE {
  ?start a parley:TermPosition ; parley:positionBasis ?basis ; parley:positionTerm ?basis ;
         parley:positionRecord ?record ; parley:positionHolder ?holder ; parley:positionCode ?code ;
         parley:positionLeaning "opposing" .
  OPTIONAL { ?start parley:countsFor ?principal }
  ?term (parley:entails|parley:refines)+ ?basis .
  OPTIONAL {
    ?relation parley:subjectTerm ?term ; parley:objectTerm ?basis ; parley:relationType ?relationType .
    FILTER(?relationType IN (parley:EntailsRelation, parley:RefinesRelation))
    ?relationType skos:notation ?relationCode .
  }
  BIND(CONCAT("declared: ", COALESCE(?relationCode, "chain of entails/refines")) AS ?link)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/position/", STRAFTER(STR(?holder), "/id/"), "/", STRAFTER(STR(?record), "/id/"), "--",
                  STRAFTER(STR(?basis), "/id/"), "--", STRAFTER(STR(?term), "/id/"))) AS ?tp)
}
