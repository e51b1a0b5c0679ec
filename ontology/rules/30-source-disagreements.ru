# Rule 30 — source disagreements.
#
# Derives one parley:SourceDisagreement for each pair of stances that two sources give of the
# same holder's position on the same target at the same time:
#   - the same holder and the same target (parley:holder, parley:target: matched exactly);
#   - different positions, taken from different sources (prov:wasDerivedFrom);
#   - contemporaneous: neither is certainly before the other, that is each one's last possible
#     day (parley:effectiveEnd, rule 10) is on or after the other's first possible day
#     (parley:effectiveStart); a stance that nothing dates may be from any time, and one whose
#     first day is unknown may be from any time before its last;
#   - neither follows the other in the holder's timeline on the target (parley:followedBy, rule
#     20) and neither declares it supersedes the other (parley:supersedes, directly or in a
#     chain): a pair the timeline orders is one position changing over time, which
#     position-changes lists, not two sources disagreeing. The timeline places stances by their
#     last possible day, so what remains is stances that tie on it, and stances that nothing
#     dates beside any stance the timeline does not make them follow.
# The node's IRI is built from the two stances' IRIs, the smaller first:
#   https://w3id.org/parley/id/derived/disagreement/<stance A>--<stance B>
# (each stance as the part of its IRI after /id/), so two stores deriving from the same data hold
# the same node. It links both stances with parley:disagreeingStance; the rest (positions, dates,
# sources, the gap in rank) is read from the stances.
# Why: a matrix cell with two current positions, or a researcher asking which sources contradict
# each other, gets one answer, and a change over time is never also counted as a disagreement.
#
# Reads the union of Parley's graphs, rules 10 and 20's output included; writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?disagreement a parley:SourceDisagreement ;
                  parley:disagreeingStance ?a , ?b .
  }
}
WHERE {
  ?a a parley:Stance ; parley:holder ?holder ; parley:target ?target ;
     parley:position ?positionA ; prov:wasDerivedFrom ?sourceA .
  # Joined on holder and target, not on the class (see rule 20).
  ?b parley:target ?target ; parley:holder ?holder ;
     parley:position ?positionB ; prov:wasDerivedFrom ?sourceB .
  FILTER(STR(?a) < STR(?b) && ?sourceA != ?sourceB && ?positionA != ?positionB)
  OPTIONAL { ?a parley:effectiveEnd ?endA }
  OPTIONAL { ?a parley:effectiveStart ?startA }
  OPTIONAL { ?b parley:effectiveEnd ?endB }
  OPTIONAL { ?b parley:effectiveStart ?startB }
  FILTER(COALESCE(STR(?endA), "9999-12-31") >= COALESCE(STR(?startB), "0000-01-01")
         && COALESCE(STR(?endB), "9999-12-31") >= COALESCE(STR(?startA), "0000-01-01"))
  FILTER NOT EXISTS { ?a parley:followedBy ?b }
  FILTER NOT EXISTS { ?b parley:followedBy ?a }
  FILTER NOT EXISTS { ?a parley:supersedes+ ?b }
  FILTER NOT EXISTS { ?b parley:supersedes+ ?a }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/disagreement/",
                  STRAFTER(STR(?a), "/id/"), "--", STRAFTER(STR(?b), "/id/"))) AS ?disagreement)
}
