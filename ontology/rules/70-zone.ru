# Rule 70 — the zone of possible agreement, per issue, on current positions.
#
# Candidates are every provision and option. A candidate is in the zone (a parley:ZoneCandidate,
# parley:candidateTerm the term, parley:zoneIssue its issue when it has one) unless a principal
# party (rule 40's parley:countsFor) holds an opposing position on it (opposes or red line, rank 6
# or 7, current): on the candidate itself, or reached through structure (the option a provision
# selects, the provisions of a proposal and the options they select) or through a declared
# entails or refines (an opposing position reaches the terms that entail or refine the opposed
# one); for a provision, also such a position on the option it selects, taken there or reached
# there through entails or refines (rule 40 does not copy it onto the provision). Opposition to a different
# term with no declared relation is not opposition to the candidate, and neither is opposition to
# a narrower variant. Groups that represent no party are evidence, never a veto.
# For each candidate in the zone:
#   - parley:favouredBy each term position on it (and, for a provision, each favourable or open
#     position taken on the option it selects) of any party whose leaning is "favourable",
#     "open" or "wanted in return" (supports, accepts conditionally, open to, authorship, asked in
#     return), with the link in its parley:reachedThrough;
#   - parley:zoneStatus "contested" when a principal party holds a favourable position (rank 1 or
#     2, or authorship) on a term declared to exclude the candidate or the option it selects (that
#     position on the term itself or on a provision selecting it): both cannot hold, so the
#     candidate is not vetoed on record but not agreeable either. parley:contestedBy names each
#     such position and parley:contestingRelation each such relation. "unopposed" otherwise.
# The IRI is built from the candidate.
# Why: the zone of possible agreement is what no principal party currently rules out; reading it
# from the same term positions as conflicts and agreements keeps the three consistent.
#
# Reads the union of Parley's graphs, rule 40 included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?zone a parley:ZoneCandidate ; parley:candidateTerm ?candidate ; parley:zoneIssue ?issue .
  }
}
WHERE {
  { ?candidate a parley:Provision . OPTIONAL { ?candidate parley:onIssue ?issue } }
  UNION { ?candidate a parley:Option . OPTIONAL { ?candidate parley:optionOf ?issue } }
  # Two NOT EXISTS, not one over a UNION, which Virtuoso 7.2 does not evaluate per candidate.
  FILTER NOT EXISTS {
    ?veto parley:positionTerm ?candidate ; parley:positionLeaning "opposing" ; parley:countsFor ?vetoParty .
  }
  FILTER NOT EXISTS {
    ?candidate parley:selectsOption ?vetoed .
    ?optionVeto parley:positionTerm ?vetoed ; parley:positionLeaning "opposing" ; parley:countsFor ?optionVetoParty ;
                parley:positionBasis ?vetoBasis ; parley:reachedThrough ?vetoLink .
    FILTER(?vetoBasis = ?vetoed || STRSTARTS(?vetoLink, "declared: "))
  }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/zone/", STRAFTER(STR(?candidate), "/id/"))) AS ?zone)
}
;

INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?zone parley:favouredBy ?position } }
WHERE {
  ?zone a parley:ZoneCandidate ; parley:candidateTerm ?candidate .
  { ?position parley:positionTerm ?candidate ; parley:positionLeaning ?leaning .
    FILTER(?leaning IN ("favourable", "open", "wanted in return")) }
  UNION { ?candidate parley:selectsOption ?favoured . ?position parley:positionTerm ?favoured ; parley:positionBasis ?favoured ;
                                                      parley:positionLeaning ?leaning .
          FILTER(?leaning IN ("favourable", "open")) }
  ?position a parley:TermPosition .
}
;

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?zone parley:contestedBy ?position ; parley:contestingRelation ?relation .
  }
}
WHERE {
  ?zone a parley:ZoneCandidate ; parley:candidateTerm ?candidate .
  { ?candidate parley:excludes ?excluded . BIND(?candidate AS ?candidateTerm) }
  UNION { ?candidate parley:selectsOption ?candidateTerm . ?candidateTerm parley:excludes ?excluded }
  ?relation a parley:TermRelation ; parley:relationType parley:ExcludesRelation .
  { ?relation parley:subjectTerm ?candidateTerm ; parley:objectTerm ?excluded }
  UNION { ?relation parley:subjectTerm ?excluded ; parley:objectTerm ?candidateTerm }
  ?position a parley:TermPosition ; parley:positionTerm ?excluded ; parley:positionLeaning "favourable" ;
            parley:countsFor ?party ; parley:positionBasis ?basis .
  FILTER(?basis = ?excluded || EXISTS { ?basis parley:selectsOption ?excluded })
}
;

INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?zone parley:zoneStatus ?status } }
WHERE {
  ?zone a parley:ZoneCandidate .
  BIND(IF(EXISTS { ?zone parley:contestedBy ?position }, "contested", "unopposed") AS ?status)
}
