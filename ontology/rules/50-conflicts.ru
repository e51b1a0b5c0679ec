# Rule 50 — conflicts between parties, on current positions.
#
# A conflict is a pair of term positions (rule 40) of two different parties (a
# group that represents a party counts as that party, so "U.S. officials" never conflict with the
# United States; each author of a joint proposal is a side of its own):
#   - opposed: one favourable (a current stance that supports or accepts, rank 1 or 2, or the
#     authorship of a proposal) and one opposing (a current stance that opposes or draws a red
#     line, rank 6 or 7) meeting on one term, where at least one of them is on that term itself.
#     So the favoured and the opposed terms are the same term, or linked by structure (a provision
#     and the option it selects, a provision and its proposal, a proposal and an option its
#     provisions select, either way), or by a declared entails or refines, in one step or a chain,
#     from the favoured term (or the option a favoured provision selects) to the opposed one. Never
#     the other way round: a red line on a narrower term does not conflict with support for the
#     broader one. parley:conflictLink says which link, in the words of the position that was
#     reached ("same term" when both are on the term itself);
#   - excluding: two favourable positions on two terms declared to exclude each other (a
#     parley:TermRelation of type parley:ExcludesRelation), each position on the term itself or
#     on a provision selecting it. The pair is derived once, its for-side on the relation's
#     subject term. parley:conflictLink is "declared: excludes (both cannot hold)", with
#     ", through the option a provision selects" when either side is on such a provision.
# Two different terms with no declared relation (same issue or not) never conflict, and terms
# declared compatible never do.
#
# A conflict node (parley:Conflict) groups the pairs that conflict for one reason, so that the layer grows with the
# positions, not with the product of their records: parley:forPosition and parley:againstPosition
# name every position on each side, parley:forRecord and parley:againstRecord the records they rest
# on (the evidence, with its quote and source), parley:conflictLink the link and
# parley:conflictRelation the declared relation, when one relation makes them conflict. Every
# position on one side conflicts with every position on the other side held by a different party,
# and a position is named only if at least one such counterpart exists. The nodes are:
#   - for an opposed pair where the opposing position is on the term itself: one node per term
#     (parley:conflictTerm), link and relation by which the favourable positions reached it;
#   - for an opposed pair where only the favourable position is on the term itself and the opposing
#     one reached it (and no favourable position on that term reaches the opposing one's term, so
#     that no pair is listed twice): one node per term, link and relation by which the opposing
#     positions reached it;
#   - for an excluding pair: one node per declared relation and per way each side is on its term
#     (on the term itself, or on a provision selecting it).
# The node's IRI is built from these, so two stores deriving from the same data hold the same
# quads.
# Why: "where do parties conflict" must rest on something a curator can review: the identity of a
# term, the structure of a proposal, or a declared relation; and only current positions conflict
# (a stance superseded by a later one of the same holder no longer does).
#
# Reads the union of Parley's graphs, rule 40 included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>

# A position's party: the principal it counts for, else its holder. Each operation below asks
# whether the other side holds a position of another party: it counts the other side's parties
# (?otherParties) and takes one of them (?otherParty) in a grouped subquery, then keeps a position
# when the other side has two parties or more, or one that is not its own. (A subquery, not an
# EXISTS per position: each side is grouped once.)

# Opposed, met on the term of the opposing positions: the node and its favourable side.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:conflictTerm ?term ; parley:conflictLink ?link ;
              parley:conflictRelation ?relation ; parley:forPosition ?for ; parley:forRecord ?forRecord .
  }
}
WHERE {
  { SELECT ?term (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?against parley:positionTerm ?term ; parley:positionLeaning "opposing" ; parley:positionBasis ?term ;
               parley:positionHolder ?holder .
      OPTIONAL { ?against parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?term }
  ?for parley:positionTerm ?term ; parley:positionLeaning "favourable" ; parley:positionRecord ?forRecord ;
       parley:positionHolder ?forHolder ; parley:reachedThrough ?link .
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?forPrincipal, ?forHolder))
  OPTIONAL { ?for parley:reachedByRelation ?relation }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?term), "/id/"), "/favourable-reached/",
                  REPLACE(LCASE(?link), "[^a-z]+", "-"), IF(BOUND(?relation), CONCAT("/", STRAFTER(STR(?relation), "/id/")), ""))) AS ?conflict)
}
;

# Opposed, met on the term of the opposing positions: its opposing side.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict parley:againstPosition ?against ; parley:againstRecord ?againstRecord .
  }
}
WHERE {
  { SELECT ?conflict ?term (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?conflict parley:conflictTerm ?term ; parley:forPosition ?for .
      FILTER(CONTAINS(STR(?conflict), "/favourable-reached/"))
      ?for parley:positionHolder ?holder .
      OPTIONAL { ?for parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?conflict ?term }
  ?against parley:positionBasis ?term ; parley:positionTerm ?term ; parley:positionLeaning "opposing" ;
           parley:positionRecord ?againstRecord ; parley:positionHolder ?againstHolder .
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?againstPrincipal, ?againstHolder))
}
;

# Opposed, met on the term of the favourable positions, which the opposing ones reached (unless a
# favourable position on that term reaches the opposing one's term: the pair is then above): the
# node and its opposing side.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:conflictTerm ?term ; parley:conflictLink ?link ;
              parley:conflictRelation ?relation ; parley:againstPosition ?against ; parley:againstRecord ?againstRecord .
  }
}
WHERE {
  { SELECT ?term (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?for parley:positionTerm ?term ; parley:positionLeaning "favourable" ; parley:positionBasis ?term ;
           parley:positionHolder ?holder .
      OPTIONAL { ?for parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?term }
  ?against parley:positionTerm ?term ; parley:positionLeaning "opposing" ; parley:positionBasis ?againstTerm ;
           parley:positionRecord ?againstRecord ; parley:positionHolder ?againstHolder ; parley:reachedThrough ?link .
  FILTER(?againstTerm != ?term)
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?againstPrincipal, ?againstHolder))
  # MINUS, not FILTER NOT EXISTS: the pairs of terms that favourable positions join are found once,
  # not again for each opposing position (a term that many positions are based on made that grow
  # with the square of the data: 1.9 s at scale 0.1 of the generated data, 67 s at scale 1).
  MINUS { ?reaching parley:positionBasis ?term ; parley:positionTerm ?againstTerm ; parley:positionLeaning "favourable" }
  OPTIONAL { ?against parley:reachedByRelation ?relation }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?term), "/id/"), "/opposing-reached/",
                  REPLACE(LCASE(?link), "[^a-z]+", "-"), IF(BOUND(?relation), CONCAT("/", STRAFTER(STR(?relation), "/id/")), ""))) AS ?conflict)
}
;

# Opposed, met on the term of the favourable positions: their side.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict parley:forPosition ?for ; parley:forRecord ?forRecord .
  }
}
WHERE {
  { SELECT ?conflict ?term (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?conflict parley:conflictTerm ?term ; parley:againstPosition ?against .
      # Only the nodes the operation above made: their opposing positions reached the term.
      FILTER(CONTAINS(STR(?conflict), "/opposing-reached/"))
      ?against parley:positionHolder ?holder .
      OPTIONAL { ?against parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?conflict ?term }
  ?for parley:positionBasis ?term ; parley:positionTerm ?term ; parley:positionLeaning "favourable" ;
       parley:positionRecord ?forRecord ; parley:positionHolder ?forHolder .
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?forPrincipal, ?forHolder))
}
;

# Excluding: favourable positions on the relation's subject term (on it, or on a provision selecting
# it), each in the node of its way and of the way of favourable positions of another party on the
# object term.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:conflictLink ?link ; parley:conflictRelation ?relation ;
              parley:forPosition ?for ; parley:forRecord ?forRecord .
  }
}
WHERE {
  { SELECT ?relation ?againstWay (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?relation a parley:TermRelation ; parley:relationType parley:ExcludesRelation ; parley:objectTerm ?againstTerm .
      ?against parley:positionTerm ?againstTerm ; parley:positionLeaning "favourable" ;
               parley:positionBasis ?againstBasis ; parley:positionHolder ?holder .
      FILTER(?againstBasis = ?againstTerm || EXISTS { ?againstBasis parley:selectsOption ?againstTerm })
      BIND(IF(?againstBasis = ?againstTerm, "on-term", "via-provision") AS ?againstWay)
      OPTIONAL { ?against parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?relation ?againstWay }
  ?relation parley:subjectTerm ?forTerm .
  ?for parley:positionTerm ?forTerm ; parley:positionLeaning "favourable" ;
       parley:positionBasis ?forBasis ; parley:positionRecord ?forRecord ; parley:positionHolder ?forHolder .
  FILTER(?forBasis = ?forTerm || EXISTS { ?forBasis parley:selectsOption ?forTerm })
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?forPrincipal, ?forHolder))
  BIND(IF(?forBasis = ?forTerm, "on-term", "via-provision") AS ?forWay)
  BIND(CONCAT("declared: excludes", IF(?forWay = "on-term" && ?againstWay = "on-term", "", ", through the option a provision selects"),
              " (both cannot hold)") AS ?link)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?relation), "/id/"), "/",
                  ?forWay, "--", ?againstWay)) AS ?conflict)
}
;

# Excluding: favourable positions on the relation's object term, in the nodes above that hold a
# position of another party on the subject term.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict parley:againstPosition ?against ; parley:againstRecord ?againstRecord .
  }
}
WHERE {
  { SELECT ?conflict ?relation (COUNT(DISTINCT ?party) AS ?otherParties) (SAMPLE(?party) AS ?otherParty)
    WHERE {
      ?conflict parley:conflictRelation ?relation ; parley:forPosition ?for .
      ?relation parley:relationType parley:ExcludesRelation .
      ?for parley:positionHolder ?holder .
      OPTIONAL { ?for parley:countsFor ?principal }
      BIND(COALESCE(?principal, ?holder) AS ?party)
    } GROUP BY ?conflict ?relation }
  ?relation parley:objectTerm ?againstTerm .
  ?against parley:positionTerm ?againstTerm ; parley:positionLeaning "favourable" ;
           parley:positionBasis ?againstBasis ; parley:positionRecord ?againstRecord ; parley:positionHolder ?againstHolder .
  FILTER(?againstBasis = ?againstTerm || EXISTS { ?againstBasis parley:selectsOption ?againstTerm })
  # Only into the node of its own way.
  FILTER(STRENDS(STR(?conflict), IF(?againstBasis = ?againstTerm, "--on-term", "--via-provision")))
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(?otherParties > 1 || ?otherParty != COALESCE(?againstPrincipal, ?againstHolder))
}
