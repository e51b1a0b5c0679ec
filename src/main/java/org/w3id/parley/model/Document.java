package org.w3id.parley.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

import static org.w3id.parley.model.FieldRules.list;

/**
 * One input file: reference data (no {@code source}) or the encoding of one source document.
 *
 * @param schema        the optional {@code $schema} pointer for editors; ignored
 * @param source        the source document, or null for reference data
 * @param parties       parties
 * @param persons       persons and their roles
 * @param regions       regions
 * @param places        places
 * @param issues        issues
 * @param options       options
 * @param proposals     proposals and their provisions
 * @param stances       stances
 * @param events        events
 * @param controlClaims territorial-control claims
 * @param constraints   constraints
 * @param targetDates   target dates
 * @param openQuestions open questions
 * @param assessments   assessments
 * @param termRelations declared relations between terms (allowed in reference data and source files)
 * @param confirmations confirmation statuses of reported records (source files only)
 */
public record Document(@JsonProperty("$schema") String schema, Source source, List<Party> parties,
                       List<Person> persons, List<Region> regions, List<Place> places, List<Issue> issues,
                       List<Option> options, List<Proposal> proposals, List<Stance> stances, List<Event> events,
                       List<ControlClaim> controlClaims, List<Constraint> constraints, List<TargetDate> targetDates,
                       List<OpenQuestion> openQuestions, List<Assessment> assessments,
                       List<TermRelation> termRelations, List<Confirmation> confirmations) {
    /** Replaces absent lists by empty ones. */
    public Document {
        parties = list(parties, "parties");
        persons = list(persons, "persons");
        regions = list(regions, "regions");
        places = list(places, "places");
        issues = list(issues, "issues");
        options = list(options, "options");
        proposals = list(proposals, "proposals");
        stances = list(stances, "stances");
        events = list(events, "events");
        controlClaims = list(controlClaims, "controlClaims");
        constraints = list(constraints, "constraints");
        targetDates = list(targetDates, "targetDates");
        openQuestions = list(openQuestions, "openQuestions");
        assessments = list(assessments, "assessments");
        termRelations = list(termRelations, "termRelations");
        confirmations = list(confirmations, "confirmations");
        boolean reported = !proposals.isEmpty() || !stances.isEmpty() || !events.isEmpty() || !controlClaims.isEmpty()
                || !constraints.isEmpty() || !targetDates.isEmpty() || !openQuestions.isEmpty() || !assessments.isEmpty()
                || !confirmations.isEmpty();
        boolean defined = !parties.isEmpty() || !persons.isEmpty() || !regions.isEmpty() || !places.isEmpty()
                || !issues.isEmpty() || !options.isEmpty() || !termRelations.isEmpty();
        if (source == null && !reported && !defined)
            throw new IllegalArgumentException("the file holds no records: a source's file needs a 'source' object, a"
                    + " reference file at least one party, person, region, place, issue, option or term relation");
        if (source == null && reported)
            throw new IllegalArgumentException("proposals, stances, events, claims, constraints, target dates, open questions, "
                    + "assessments and confirmations must come from a source: add a 'source' object");
    }

    /** True for a source document's file, false for reference data. */
    public boolean hasSource() {
        return source != null;
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Document> builder() { return new RecordBuilder<>(Document.class); }
}
