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
  # Each term's principal parties that favour it (how many, and one of them) and the count of its
  # positions that do not favour it: from the positions on the term, and for a provision also
  # from those on the option it selects that count for it. Each side is counted once per term and
  # once per option and then combined, so that an option selected by many provisions is not read
  # again for each of them. (Grouped subqueries, not EXISTS with UNION, which Virtuoso 7.2 does
  # not evaluate per row.)
  {
    { SELECT ?term (COUNT(DISTINCT ?favouring) AS ?ownParties) (SAMPLE(?favouring) AS ?ownParty) (SUM(?dissenting) AS ?ownDissent)
      WHERE {
        ?own parley:positionTerm ?term ; parley:countsFor ?ownHolder ; parley:positionLeaning ?ownLeaning .
        BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), ?ownHolder, ?unbound) AS ?favouring)
        BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), 0, 1) AS ?dissenting)
      } GROUP BY ?term }
  } UNION {
    # A provision with no position of its own.
    ?term parley:selectsOption ?option .
    FILTER NOT EXISTS { ?none parley:positionTerm ?term }
  }
  OPTIONAL {
    ?term parley:selectsOption ?option .
    { SELECT ?option (COUNT(DISTINCT ?optionFavouring) AS ?optionParties) (SAMPLE(?optionFavouring) AS ?optionParty)
             (SUM(?optionDissenting) AS ?optionDissent)
      WHERE {
        ?onOption parley:positionTerm ?option ; parley:countsFor ?optionHolder ; parley:positionLeaning ?optionLeaning ;
                  parley:positionBasis ?optionBasis ; parley:reachedThrough ?optionLink .
        # Taken on the option (and not asked in return, which reaches nothing), or opposing it
        # through a declared entails or refines.
        FILTER((?optionBasis = ?option && ?optionLeaning != "wanted in return")
               || (?optionLeaning = "opposing" && STRSTARTS(?optionLink, "declared: ")))
        BIND(IF(?optionLeaning = "favourable", ?optionHolder, ?unbound) AS ?optionFavouring)
        BIND(IF(?optionLeaning = "favourable", 0, 1) AS ?optionDissenting)
      } GROUP BY ?option }
  }
  FILTER(COALESCE(?ownDissent, 0) + COALESCE(?optionDissent, 0) = 0)
  FILTER(COALESCE(?ownParties, 0) >= 2 || COALESCE(?optionParties, 0) >= 2
         || (BOUND(?ownParty) && BOUND(?optionParty) && ?ownParty != ?optionParty))
  # The evidence: each favourable position that counts for the term.
  { ?position parley:positionTerm ?term ; parley:positionLeaning ?leaning . FILTER(?leaning IN ("favourable", "wanted in return")) }
  UNION { ?term parley:selectsOption ?option . ?position parley:positionTerm ?option ; parley:positionBasis ?option ;
                                                    parley:positionLeaning "favourable" }
  ?position a parley:TermPosition ; parley:countsFor ?party .
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
