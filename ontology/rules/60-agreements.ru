# Rule 60 — agreements, on current positions.
#
# An agreement (parley:Agreement) is one of two kinds (parley:agreementKind):
#   - "common position": a term (option, provision or proposal) on which at least two principal
#     parties hold a favourable position and every principal party that holds a current position
#     on it favours it. Positions are rule 40's term positions, so a position reached through
#     structure or a declared relation counts as much as one on the term itself. For a provision,
#     a position taken on the option it selects counts too, and so does an opposing position that
#     reached that option through a declared entails or refines (rule 40 does not copy them onto
#     the provision, see its header); a principal party
#     is one a position counts for (parley:countsFor: a State or International Organization, or the
#     party a group represents). Favouring is the leaning "favourable" (supports, accepts
#     conditionally, authorship) or "wanted in return"; any other current position of a principal
#     party on the term (open to, ambiguous, sceptical, opposes, red line) means no agreement.
#     Positions of groups that represent no party neither make nor break an agreement.
#     parley:agreedBy names each principal party, parley:agreementEvidence each favourable term
#     position of a principal party on the term (and through it the stance or proposal);
#   - "agreed proposal": a proposal whose status is agreed (parley:proposalStatus parley:Agreed),
#     agreed by its authors (parley:agreedBy each author; the proposal itself is the evidence).
# parley:agreedTerm is the term or the proposal. The IRI is built from it and the kind.
# Why: "what do the parties agree on" is the converse of "where do they conflict", and must be read
# from the same current positions through the same links.
#
# Reads the union of Parley's graphs, rule 40 included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?agreement a parley:Agreement ; parley:agreementKind "common position" ; parley:agreedTerm ?term ;
               parley:agreedBy ?party ; parley:agreementEvidence ?position .
  }
}
WHERE {
  # The terms without dissent: no principal party holds a position on the term, or on the option
  # it selects, that does not favour it.
  { SELECT DISTINCT ?term WHERE {
      { ?held parley:positionTerm ?term }
      UNION { ?term parley:selectsOption ?selected . FILTER EXISTS { ?onOption parley:positionTerm ?selected ; parley:positionBasis ?selected } }
      FILTER NOT EXISTS {
        { ?dissent parley:positionTerm ?term }
        UNION { ?term parley:selectsOption ?dissentOption . ?dissent parley:positionTerm ?dissentOption ; parley:positionBasis ?dissentBasis ;
                                                            parley:reachedThrough ?dissentLink .
                FILTER(?dissentBasis = ?dissentOption || STRSTARTS(?dissentLink, "declared: ")) }
        ?dissent parley:countsFor ?anyParty ; parley:positionLeaning ?dissentLeaning .
        FILTER(?dissentLeaning NOT IN ("favourable", "wanted in return"))
      }
  } }
  { ?position parley:positionTerm ?term }
  UNION { ?term parley:selectsOption ?option . ?position parley:positionTerm ?option ; parley:positionBasis ?option }
  ?position a parley:TermPosition ; parley:countsFor ?party ; parley:positionLeaning ?leaning .
  FILTER(?leaning IN ("favourable", "wanted in return"))
  FILTER EXISTS {
    { ?other parley:positionTerm ?term }
    UNION { ?term parley:selectsOption ?otherOption . ?other parley:positionTerm ?otherOption ; parley:positionBasis ?otherOption }
    ?other parley:countsFor ?otherParty ; parley:positionLeaning ?otherLeaning .
    FILTER(?otherParty != ?party && ?otherLeaning IN ("favourable", "wanted in return"))
  }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/agreement/common-position/", STRAFTER(STR(?term), "/id/"))) AS ?agreement)
}
;

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?agreement a parley:Agreement ; parley:agreementKind "agreed proposal" ; parley:agreedTerm ?proposal ;
               parley:agreedBy ?author ; parley:agreementEvidence ?proposal .
  }
}
WHERE {
  ?proposal a parley:Proposal ; parley:proposalStatus parley:Agreed ; parley:author ?author .
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/agreement/agreed-proposal/", STRAFTER(STR(?proposal), "/id/"))) AS ?agreement)
}
