# Rule 50 — conflicts between parties, on current positions.
#
# A conflict (parley:Conflict) is a pair of term positions (rule 40) of two different parties (a
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
# declared compatible never do. Each conflict names both positions (parley:forPosition,
# parley:againstPosition), both records they rest on (parley:forRecord, parley:againstRecord: the
# evidence, with its quote and source) and, when one declared relation makes them conflict, that
# relation (parley:conflictRelation). Its IRI is built from the two parties, the two records and
# the two terms they are about, so one pair of records on one pair of terms is one conflict per
# pair of parties.
# Why: "where do parties conflict" must rest on something a curator can review: the identity of a
# term, the structure of a proposal, or a declared relation; and only current positions conflict
# (a stance superseded by a later one of the same holder no longer does).
#
# Reads the union of Parley's graphs, rule 40 included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>

# Opposed, where the opposing position is on the term itself (the favourable one reached it or is
# on it too).
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:forPosition ?for ; parley:againstPosition ?against ;
              parley:forRecord ?forRecord ; parley:againstRecord ?againstRecord ;
              parley:conflictLink ?link ; parley:conflictRelation ?relation .
  }
}
WHERE {
  ?against a parley:TermPosition ; parley:positionLeaning "opposing" ; parley:positionBasis ?term ;
           parley:positionTerm ?term ; parley:positionRecord ?againstRecord ; parley:positionHolder ?againstParty .
  # Joined on the term, not on the class (see rule 20).
  ?for parley:positionTerm ?term ; parley:positionLeaning "favourable" ;
       parley:positionBasis ?forTerm ; parley:positionRecord ?forRecord ; parley:positionHolder ?forParty ;
       parley:reachedThrough ?link .
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(COALESCE(?forPrincipal, ?forParty) != COALESCE(?againstPrincipal, ?againstParty))
  OPTIONAL { ?for parley:reachedByRelation ?relation }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?forParty), "/id/"), "/", STRAFTER(STR(?forRecord), "/id/"), "--",
                  STRAFTER(STR(?forTerm), "/id/"), "--", STRAFTER(STR(?againstParty), "/id/"), "/", STRAFTER(STR(?againstRecord), "/id/"), "--",
                  STRAFTER(STR(?term), "/id/"))) AS ?conflict)
}
;

# Opposed, where the favourable position is on the term itself and the opposing one reached it
# (unless the pair is already a conflict above).
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:forPosition ?for ; parley:againstPosition ?against ;
              parley:forRecord ?forRecord ; parley:againstRecord ?againstRecord ;
              parley:conflictLink ?link ; parley:conflictRelation ?relation .
  }
}
WHERE {
  ?for a parley:TermPosition ; parley:positionLeaning "favourable" ; parley:positionBasis ?term ;
       parley:positionTerm ?term ; parley:positionRecord ?forRecord ; parley:positionHolder ?forParty .
  ?against parley:positionTerm ?term ; parley:positionLeaning "opposing" ;
           parley:positionBasis ?againstTerm ; parley:positionRecord ?againstRecord ;
           parley:positionHolder ?againstParty ; parley:reachedThrough ?link .
  FILTER(?againstTerm != ?term)
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(COALESCE(?forPrincipal, ?forParty) != COALESCE(?againstPrincipal, ?againstParty))
  OPTIONAL { ?against parley:reachedByRelation ?relation }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?forParty), "/id/"), "/", STRAFTER(STR(?forRecord), "/id/"), "--",
                  STRAFTER(STR(?term), "/id/"), "--", STRAFTER(STR(?againstParty), "/id/"), "/", STRAFTER(STR(?againstRecord), "/id/"), "--",
                  STRAFTER(STR(?againstTerm), "/id/"))) AS ?conflict)
  FILTER NOT EXISTS { ?conflict a parley:Conflict }
}
;

# Excluding: two favourable positions on terms declared to exclude each other.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?conflict a parley:Conflict ; parley:forPosition ?for ; parley:againstPosition ?against ;
              parley:forRecord ?forRecord ; parley:againstRecord ?againstRecord ;
              parley:conflictLink ?link ; parley:conflictRelation ?relation .
  }
}
WHERE {
  ?relation a parley:TermRelation ; parley:relationType parley:ExcludesRelation ;
            parley:subjectTerm ?forTerm ; parley:objectTerm ?againstTerm .
  ?for parley:positionTerm ?forTerm ; parley:positionLeaning "favourable" ;
       parley:positionBasis ?forBasis ; parley:positionRecord ?forRecord ; parley:positionHolder ?forParty .
  FILTER(?forBasis = ?forTerm || EXISTS { ?forBasis parley:selectsOption ?forTerm })
  ?against parley:positionTerm ?againstTerm ; parley:positionLeaning "favourable" ;
           parley:positionBasis ?againstBasis ; parley:positionRecord ?againstRecord ;
           parley:positionHolder ?againstParty .
  FILTER(?againstBasis = ?againstTerm || EXISTS { ?againstBasis parley:selectsOption ?againstTerm })
  OPTIONAL { ?for parley:countsFor ?forPrincipal }
  OPTIONAL { ?against parley:countsFor ?againstPrincipal }
  FILTER(COALESCE(?forPrincipal, ?forParty) != COALESCE(?againstPrincipal, ?againstParty))
  BIND(CONCAT("declared: excludes",
              IF(?forBasis != ?forTerm || ?againstBasis != ?againstTerm, ", through the option a provision selects", ""),
              " (both cannot hold)") AS ?link)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/conflict/", STRAFTER(STR(?forParty), "/id/"), "/", STRAFTER(STR(?forRecord), "/id/"), "--",
                  STRAFTER(STR(?forBasis), "/id/"), "--", STRAFTER(STR(?againstParty), "/id/"), "/", STRAFTER(STR(?againstRecord), "/id/"), "--",
                  STRAFTER(STR(?againstBasis), "/id/"))) AS ?conflict)
}
