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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Document}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Document, Builder> {
        private Builder() {
            super(Document.class);
        }

        /** Sets {@code schema}. */
        public Builder schema(String value) { return set("schema", value); }

        /** Sets {@code source}. */
        public Builder source(Source value) { return set("source", value); }

        /** Adds to {@code parties}. */
        public Builder parties(Party... values) { return add("parties", values); }

        /** Adds to {@code persons}. */
        public Builder persons(Person... values) { return add("persons", values); }

        /** Adds to {@code regions}. */
        public Builder regions(Region... values) { return add("regions", values); }

        /** Adds to {@code places}. */
        public Builder places(Place... values) { return add("places", values); }

        /** Adds to {@code issues}. */
        public Builder issues(Issue... values) { return add("issues", values); }

        /** Adds to {@code options}. */
        public Builder options(Option... values) { return add("options", values); }

        /** Adds to {@code proposals}. */
        public Builder proposals(Proposal... values) { return add("proposals", values); }

        /** Adds to {@code stances}. */
        public Builder stances(Stance... values) { return add("stances", values); }

        /** Adds to {@code events}. */
        public Builder events(Event... values) { return add("events", values); }

        /** Adds to {@code controlClaims}. */
        public Builder controlClaims(ControlClaim... values) { return add("controlClaims", values); }

        /** Adds to {@code constraints}. */
        public Builder constraints(Constraint... values) { return add("constraints", values); }

        /** Adds to {@code targetDates}. */
        public Builder targetDates(TargetDate... values) { return add("targetDates", values); }

        /** Adds to {@code openQuestions}. */
        public Builder openQuestions(OpenQuestion... values) { return add("openQuestions", values); }

        /** Adds to {@code assessments}. */
        public Builder assessments(Assessment... values) { return add("assessments", values); }

        /** Adds to {@code termRelations}. */
        public Builder termRelations(TermRelation... values) { return add("termRelations", values); }

        /** Adds to {@code confirmations}. */
        public Builder confirmations(Confirmation... values) { return add("confirmations", values); }
    }
}
