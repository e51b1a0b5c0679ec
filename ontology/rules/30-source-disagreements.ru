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
# In two parts, so that the pairs compared grow with the ties in a timeline, not with its square
# (a party reported hundreds of times on one term made every pair of its stances a candidate).
# Rule 20 orders any two dated stances with different last days, one way or the other (by their
# days, or by a declared supersession when that points the other way), so two dated stances can
# only disagree when they tie on their last day; and then they are contemporaneous, as each
# one's first day is on or before that day.
PREFIX parley:  <https://w3id.org/parley/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>

# Two dated stances that tie on their last day. When one declares it supersedes the other, it
# follows the other in the timeline (rule 20), so the followedBy checks cover that too.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?disagreement a parley:SourceDisagreement ;
                  parley:disagreeingStance ?a , ?b .
  }
}
WHERE {
  # The ties first, found in one pass over the stances: joining each stance with the others on
  # its target would take time in the square of the stances on a term, and most have no tie.
  { SELECT ?target ?holder ?end
    WHERE { ?stance parley:target ?target ; parley:holder ?holder ; parley:effectiveEnd ?end }
    GROUP BY ?target ?holder ?end
    HAVING (COUNT(?stance) > 1) }
  ?a parley:target ?target ; parley:holder ?holder ; parley:effectiveEnd ?end .
  ?b parley:target ?target ; parley:holder ?holder ; parley:effectiveEnd ?end .
  FILTER(STR(?a) < STR(?b))
  ?a parley:position ?positionA ; prov:wasDerivedFrom ?sourceA .
  ?b parley:position ?positionB ; prov:wasDerivedFrom ?sourceB .
  FILTER(?sourceA != ?sourceB && ?positionA != ?positionB)
  FILTER NOT EXISTS { ?a parley:followedBy ?b }
  FILTER NOT EXISTS { ?b parley:followedBy ?a }
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/disagreement/",
                  STRAFTER(STR(?a), "/id/"), "--", STRAFTER(STR(?b), "/id/"))) AS ?disagreement)
}
;

# A stance that nothing dates to a last day (?undated), beside any other stance of the holder on
# the target (?other, dated or not). Its first day, when its source gives a publishedNotBefore,
# must not be after the other's last day. Rule 20 places an undated stance after nothing, and a
# dated one after it only when that one declares it supersedes it, so the supersession checks say
# all that the timeline does. Two undated stances meet here twice, once each way round: the
# node's IRI and links are the same both times.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?disagreement a parley:SourceDisagreement ;
                  parley:disagreeingStance ?undated , ?other .
  }
}
WHERE {
  # The undated stances first, in a group of their own: a filter at the level of the OPTIONALs
  # below would be checked only after every pair was made.
  { SELECT ?undated ?target ?holder ?positionU ?sourceU
    WHERE {
      ?undated a parley:Stance .
      FILTER NOT EXISTS { ?undated parley:effectiveEnd ?undatedEnd }
      ?undated parley:target ?target ; parley:holder ?holder ;
               parley:position ?positionU ; prov:wasDerivedFrom ?sourceU .
    } }
  ?other parley:target ?target ; parley:holder ?holder ;
         parley:position ?positionO ; prov:wasDerivedFrom ?sourceO .
  FILTER(?other != ?undated && ?sourceU != ?sourceO && ?positionU != ?positionO)
  OPTIONAL { ?undated parley:effectiveStart ?startU }
  OPTIONAL { ?other parley:effectiveEnd ?endO }
  FILTER(COALESCE(STR(?endO), "9999-12-31") >= COALESCE(STR(?startU), "0000-01-01"))
  FILTER NOT EXISTS { ?undated parley:supersedes+ ?other }
  FILTER NOT EXISTS { ?other parley:supersedes+ ?undated }
  BIND(IF(STR(?undated) < STR(?other), ?undated, ?other) AS ?a)
  BIND(IF(STR(?undated) < STR(?other), ?other, ?undated) AS ?b)
  BIND(IRI(CONCAT("https://w3id.org/parley/id/derived/disagreement/",
                  STRAFTER(STR(?a), "/id/"), "--", STRAFTER(STR(?b), "/id/"))) AS ?disagreement)
}
