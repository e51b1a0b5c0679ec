# Rule 20 — the timeline of each holder on each target.
#
# Stances of one holder on one target (parley:holder, parley:target: matched exactly; a group
# representing a party is its own holder) form that holder's timeline on that target, ordered
# by parley:effectiveEnd (rule 10). Derives:
#   parley:followedBy      from a stance to each later stance of the same holder on the same
#                          target that replaces it: one placed later (a greater effectiveEnd),
#                          unless the earlier one declares it supersedes the later; or one that
#                          declares it supersedes it (parley:supersedes, directly or in a
#                          chain) and is dated. A stance that nothing dates replaces nothing:
#                          it cannot be placed after anything.
#   parley:previousStance  from a stance to the one it changed from: the stance(s) it follows
#                          directly (followedBy with no stance in between) that are placed before
#                          it (a smaller effectiveEnd); several when they tie. Not simply the
#                          stances it declares it supersedes: a declared supersession may skip a
#                          stance stated in between (then the position just before the new stance
#                          is that one's, and position-as-of shows it) or point to a stance placed
#                          after it (never the position before it). A stance that nothing dates
#                          has no previous stance and is the previous stance of none.
#   parley:timelineStatus  "current" when no stance that stays in effect (no validUntil)
#                          follows it and it has no validUntil itself; "earlier" when one does;
#                          "lapsed" when only its validUntil ends it.
# Why: "which position holds now", "what was the position on a date" and "what changed between
# two dates" are the same timeline read three ways; deriving it once makes the stance matrix,
# position-as-of and position-changes agree by construction.
#
# Reads the union of Parley's graphs, rule 10's output included; writes the derived graph.
# The patterns name a stance's target before its holder, and no class: Jena joins them in the
# order written when it cannot tell which is more selective, and a holder has many more stances
# than a holder on one target (at scale 0.1 of the generated data: 0.7 s instead of 15 s for
# followedBy, the same quads).
PREFIX parley:  <https://w3id.org/parley/ontology#>

INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?earlier parley:followedBy ?later } }
WHERE {
  # Joined on holder and target (parley:target is only ever a stance's), not on the class: a
  # type pattern first would pair every stance with every other.
  ?later parley:effectiveEnd ?laterEnd ; parley:target ?target ; parley:holder ?holder .
  ?earlier parley:target ?target ; parley:holder ?holder .
  FILTER(?earlier != ?later)
  OPTIONAL { ?earlier parley:effectiveEnd ?earlierEnd }
  FILTER((COALESCE(?laterEnd > ?earlierEnd, false) && NOT EXISTS { ?earlier parley:supersedes+ ?later })
         || EXISTS { ?later parley:supersedes+ ?earlier })
}
;

# previousStance, in two parts so that the check "no stance in between" runs only for a few
# candidates, not for every earlier stance (for every pair of a long timeline it scanned the whole
# timeline again: a party reported hundreds of times on one term made that cubic). Among the
# stances a stance follows and that are placed before it, one placed last is followed by no other
# of them unless it declares it supersedes one; one placed earlier is followed by the last-placed
# ones unless it declares it supersedes them. So only the last-placed ones and those declaring a
# supersession can be followed directly.
# The last-placed ones.
INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?stance parley:previousStance ?previous } }
WHERE {
  { SELECT ?stance ?end (MAX(?earlierEnd) AS ?lastEnd)
    WHERE {
      ?earlier parley:followedBy ?stance ; parley:effectiveEnd ?earlierEnd .
      ?stance parley:effectiveEnd ?end .
      FILTER(?earlierEnd < ?end)
    } GROUP BY ?stance ?end }
  ?previous parley:followedBy ?stance ; parley:effectiveEnd ?lastEnd .
  FILTER NOT EXISTS {
    ?previous parley:followedBy ?between .
    ?between parley:followedBy ?stance ; parley:effectiveEnd ?betweenEnd .
    FILTER(?betweenEnd < ?end)
  }
}
;

# Those that declare a supersession, wherever they are placed.
INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?stance parley:previousStance ?previous } }
WHERE {
  ?previous parley:followedBy ?stance ; parley:effectiveEnd ?previousEnd .
  FILTER EXISTS { ?previous parley:supersedes ?declared }
  ?stance parley:effectiveEnd ?end .
  FILTER(?previousEnd < ?end)
  FILTER NOT EXISTS {
    ?previous parley:followedBy ?between .
    ?between parley:followedBy ?stance ; parley:effectiveEnd ?betweenEnd .
    FILTER(?betweenEnd < ?end)
  }
}
;

INSERT { GRAPH <https://w3id.org/parley/graph/derived> { ?stance parley:timelineStatus ?status } }
WHERE {
  ?stance a parley:Stance .
  BIND(IF(EXISTS { ?stance parley:followedBy ?next . FILTER NOT EXISTS { ?next parley:validUntil ?nextUntil } }, "earlier",
       IF(EXISTS { ?stance parley:validUntil ?until }, "lapsed", "current")) AS ?status)
}
