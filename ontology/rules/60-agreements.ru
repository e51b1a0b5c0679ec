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
  # Terms that select no option (options, proposals): from the positions on the term. Each term's
  # principal parties that favour it (how many, and one of them) and the count of its positions
  # that do not favour it, in a grouped subquery (not EXISTS over a UNION, which Virtuoso 7.2 does
  # not evaluate per row).
    { SELECT ?term (COUNT(DISTINCT ?favouring) AS ?ownParties) (SAMPLE(?favouring) AS ?ownParty) (SUM(?dissenting) AS ?ownDissent)
      WHERE {
        ?own parley:positionTerm ?term ; parley:countsFor ?ownHolder ; parley:positionLeaning ?ownLeaning .
        BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), ?ownHolder, ?unbound) AS ?favouring)
        BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), 0, 1) AS ?dissenting)
      } GROUP BY ?term }
  FILTER NOT EXISTS { ?term parley:selectsOption ?anyOption }
  FILTER(?ownDissent = 0 && ?ownParties >= 2)
  ?position parley:positionTerm ?term ; parley:positionLeaning ?leaning ; parley:countsFor ?party .
  FILTER(?leaning IN ("favourable", "wanted in return"))
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/agreement/common-position/", STRAFTER(STR(?term), "/id/"))) AS ?agreement)
}
;

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?agreement a parley:Agreement ; parley:agreementKind "common position" ; parley:agreedTerm ?term ;
               parley:agreedBy ?party ; parley:agreementEvidence ?position .
  }
}
WHERE {
  # Provisions: from the positions on the provision and those on the option it selects that count
  # for it. Each is counted once per provision and once per option, then the two are joined, so
  # that an option selected by many provisions is read once, not once per provision.
  {
      { SELECT ?term (COUNT(DISTINCT ?favouring) AS ?ownParties) (SAMPLE(?favouring) AS ?ownParty) (SUM(?dissenting) AS ?ownDissent)
        WHERE {
          ?own parley:positionTerm ?term ; parley:countsFor ?ownHolder ; parley:positionLeaning ?ownLeaning .
          BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), ?ownHolder, ?unbound) AS ?favouring)
          BIND(IF(?ownLeaning IN ("favourable", "wanted in return"), 0, 1) AS ?dissenting)
        } GROUP BY ?term }
    ?term parley:selectsOption ?option .
  } UNION {
    # A provision with no position of its own.
    ?term parley:selectsOption ?option .
    FILTER NOT EXISTS { ?none parley:positionTerm ?term }
  }
  # Every option, with the positions on it that count for the provisions selecting it: taken on
  # the option (and not asked in return, which reaches nothing), or opposing it through a declared
  # entails or refines.
  { SELECT ?option (COUNT(DISTINCT ?optionFavouring) AS ?optionParties) (SAMPLE(?optionFavouring) AS ?optionParty)
           (SUM(?optionDissenting) AS ?optionDissent)
    WHERE {
      { SELECT DISTINCT ?option WHERE { ?selecting parley:selectsOption ?option } }
      OPTIONAL {
        ?onOption parley:positionTerm ?option ; parley:countsFor ?optionHolder ; parley:positionLeaning ?optionLeaning ;
                  parley:positionBasis ?optionBasis ; parley:reachedThrough ?optionLink .
        FILTER((?optionBasis = ?option && ?optionLeaning != "wanted in return")
               || (?optionLeaning = "opposing" && STRSTARTS(?optionLink, "declared: ")))
      }
      BIND(IF(?optionLeaning = "favourable", ?optionHolder, ?unbound) AS ?optionFavouring)
      BIND(IF(BOUND(?optionLeaning) && ?optionLeaning != "favourable", 1, 0) AS ?optionDissenting)
    } GROUP BY ?option }
  FILTER(COALESCE(?ownDissent, 0) + ?optionDissent = 0)
  FILTER(COALESCE(?ownParties, 0) >= 2 || ?optionParties >= 2
         || (BOUND(?ownParty) && BOUND(?optionParty) && ?ownParty != ?optionParty))
  # The evidence: each favourable position that counts for the provision.
  { ?position parley:positionTerm ?term ; parley:positionLeaning ?leaning . FILTER(?leaning IN ("favourable", "wanted in return")) }
  UNION { ?position parley:positionTerm ?option ; parley:positionBasis ?option ; parley:positionLeaning "favourable" }
  ?position parley:countsFor ?party .
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
