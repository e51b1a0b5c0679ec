# Rule 10 — the effective date of each stance.
#
# Derives, for every stance, the date by which Parley places it in time, and says what that
# date is (the dating rule of model 1.1, documented at parley:statedOn):
#   parley:effectiveDate   the stance's statedOn; else the date of the event it was statedAt;
#                          else its source's publication date (dcterms:issued); else the latest
#                          date the source may have been published (parley:publishedNotAfter),
#                          so that an undated stance holds "as of the source". As given: an
#                          xsd:date, xsd:gYearMonth or xsd:gYear. Absent when nothing dates it.
#   parley:effectiveEnd    the last day that date allows (xsd:date): 2025-04 ends on 2025-04-30,
#                          2024-02 on 2024-02-29, 2025 on 2025-12-31. Stances are ordered by it.
#   parley:effectiveStart  the first day (xsd:date): of the same date, or for a stance placed by
#                          publishedNotAfter the source's publishedNotBefore; absent when unknown.
#   parley:dating          in words, which date placed the stance ("stated on", "stated at an
#                          event held on", "undated; source published on", "undated; source
#                          published not after", "undated; source undated").
# Why: every analysis that speaks of time (position as of a date, changes between two dates,
# the current cell of the stance matrix, source disagreements) reads these four values, so they
# place each stance alike.
#
# Reads the union of Parley's graphs (the default graph); writes the derived graph.
PREFIX parley:  <https://w3id.org/parley/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?stance parley:effectiveDate ?datedBy ;
            parley:effectiveEnd ?end ;
            parley:effectiveStart ?start ;
            parley:dating ?dating .
  }
}
WHERE {
  ?stance a parley:Stance ; prov:wasDerivedFrom ?source .
  OPTIONAL { ?stance parley:statedOn ?statedOn }
  OPTIONAL { ?stance parley:statedAt/parley:date ?eventDate }
  OPTIONAL { ?source dcterms:issued ?issued }
  OPTIONAL { ?source parley:publishedNotBefore ?notBefore }
  OPTIONAL { ?source parley:publishedNotAfter ?notAfter }
  BIND(COALESCE(?statedOn, ?eventDate, ?issued, ?notAfter) AS ?datedBy)
  BIND(IF(BOUND(?statedOn), "stated on",
       IF(BOUND(?eventDate), "stated at an event held on",
       IF(BOUND(?issued), "undated; source published on",
       IF(BOUND(?notAfter), "undated; source published not after", "undated; source undated")))) AS ?dating)
  # The last day: a year ends on 31 December; a month on its last day (February on the 29th in
  # leap years: divisible by 4, and by 400 if by 100).
  BIND(STR(?datedBy) AS ?last)
  BIND(xsd:integer(SUBSTR(?last, 1, 4)) AS ?year)
  BIND(SUBSTR(?last, 6, 2) AS ?month)
  BIND(?year - FLOOR(?year / 4) * 4 = 0 && (?year - FLOOR(?year / 100) * 100 != 0 || ?year - FLOOR(?year / 400) * 400 = 0) AS ?leap)
  BIND(IF(?month IN ("04", "06", "09", "11"), "30", IF(?month = "02", IF(?leap, "29", "28"), "31")) AS ?monthEnd)
  BIND(STRDT(IF(STRLEN(?last) = 4, CONCAT(?last, "-12-31"),
             IF(STRLEN(?last) = 7, CONCAT(?last, "-", ?monthEnd), SUBSTR(?last, 1, 10))), xsd:date) AS ?end)
  BIND(STR(COALESCE(?statedOn, ?eventDate, ?issued, ?notBefore)) AS ?first)
  BIND(STRDT(IF(STRLEN(?first) = 4, CONCAT(?first, "-01-01"),
             IF(STRLEN(?first) = 7, CONCAT(?first, "-01"), SUBSTR(?first, 1, 10))), xsd:date) AS ?start)
}
;

# The validity window in days, for stances that give one: parley:inEffectFrom is the first day
# of validFrom, parley:inEffectUntil the last day of validUntil (xsd:date both), by the same
# calendar as above.
INSERT {
  GRAPH <https://w3id.org/parley/graph/derived> {
    ?stance parley:inEffectFrom ?from ; parley:inEffectUntil ?until .
  }
}
WHERE {
  ?stance a parley:Stance .
  OPTIONAL { ?stance parley:validFrom ?validFrom }
  OPTIONAL { ?stance parley:validUntil ?validUntil }
  FILTER(BOUND(?validFrom) || BOUND(?validUntil))
  BIND(STR(?validFrom) AS ?first)
  BIND(STRDT(IF(STRLEN(?first) = 4, CONCAT(?first, "-01-01"),
             IF(STRLEN(?first) = 7, CONCAT(?first, "-01"), SUBSTR(?first, 1, 10))), xsd:date) AS ?from)
  BIND(STR(?validUntil) AS ?last)
  BIND(xsd:integer(SUBSTR(?last, 1, 4)) AS ?year)
  BIND(SUBSTR(?last, 6, 2) AS ?month)
  BIND(?year - FLOOR(?year / 4) * 4 = 0 && (?year - FLOOR(?year / 100) * 100 != 0 || ?year - FLOOR(?year / 400) * 400 = 0) AS ?leap)
  BIND(IF(?month IN ("04", "06", "09", "11"), "30", IF(?month = "02", IF(?leap, "29", "28"), "31")) AS ?monthEnd)
  BIND(STRDT(IF(STRLEN(?last) = 4, CONCAT(?last, "-12-31"),
             IF(STRLEN(?last) = 7, CONCAT(?last, "-", ?monthEnd), SUBSTR(?last, 1, 10))), xsd:date) AS ?until)
}
