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

    /** Builds a {@link Document}. */
    public static final class Builder {
        private String schema;
        private Source source;
        private List<Party> parties = new java.util.ArrayList<>();
        private List<Person> persons = new java.util.ArrayList<>();
        private List<Region> regions = new java.util.ArrayList<>();
        private List<Place> places = new java.util.ArrayList<>();
        private List<Issue> issues = new java.util.ArrayList<>();
        private List<Option> options = new java.util.ArrayList<>();
        private List<Proposal> proposals = new java.util.ArrayList<>();
        private List<Stance> stances = new java.util.ArrayList<>();
        private List<Event> events = new java.util.ArrayList<>();
        private List<ControlClaim> controlClaims = new java.util.ArrayList<>();
        private List<Constraint> constraints = new java.util.ArrayList<>();
        private List<TargetDate> targetDates = new java.util.ArrayList<>();
        private List<OpenQuestion> openQuestions = new java.util.ArrayList<>();
        private List<Assessment> assessments = new java.util.ArrayList<>();
        private List<TermRelation> termRelations = new java.util.ArrayList<>();
        private List<Confirmation> confirmations = new java.util.ArrayList<>();

        private Builder() {}

        /** Sets {@code schema}. */
        public Builder schema(String value) {
            this.schema = java.util.Objects.requireNonNull(value, "schema");
            return this;
        }

        /** Sets {@code source}. */
        public Builder source(Source value) {
            this.source = java.util.Objects.requireNonNull(value, "source");
            return this;
        }

        /** Adds to {@code parties}. */
        public Builder parties(Party... values) {
            for (Party v : values) this.parties.add(java.util.Objects.requireNonNull(v, "parties"));
            return this;
        }

        /** Adds to {@code persons}. */
        public Builder persons(Person... values) {
            for (Person v : values) this.persons.add(java.util.Objects.requireNonNull(v, "persons"));
            return this;
        }

        /** Adds to {@code regions}. */
        public Builder regions(Region... values) {
            for (Region v : values) this.regions.add(java.util.Objects.requireNonNull(v, "regions"));
            return this;
        }

        /** Adds to {@code places}. */
        public Builder places(Place... values) {
            for (Place v : values) this.places.add(java.util.Objects.requireNonNull(v, "places"));
            return this;
        }

        /** Adds to {@code issues}. */
        public Builder issues(Issue... values) {
            for (Issue v : values) this.issues.add(java.util.Objects.requireNonNull(v, "issues"));
            return this;
        }

        /** Adds to {@code options}. */
        public Builder options(Option... values) {
            for (Option v : values) this.options.add(java.util.Objects.requireNonNull(v, "options"));
            return this;
        }

        /** Adds to {@code proposals}. */
        public Builder proposals(Proposal... values) {
            for (Proposal v : values) this.proposals.add(java.util.Objects.requireNonNull(v, "proposals"));
            return this;
        }

        /** Adds to {@code stances}. */
        public Builder stances(Stance... values) {
            for (Stance v : values) this.stances.add(java.util.Objects.requireNonNull(v, "stances"));
            return this;
        }

        /** Adds to {@code events}. */
        public Builder events(Event... values) {
            for (Event v : values) this.events.add(java.util.Objects.requireNonNull(v, "events"));
            return this;
        }

        /** Adds to {@code controlClaims}. */
        public Builder controlClaims(ControlClaim... values) {
            for (ControlClaim v : values) this.controlClaims.add(java.util.Objects.requireNonNull(v, "controlClaims"));
            return this;
        }

        /** Adds to {@code constraints}. */
        public Builder constraints(Constraint... values) {
            for (Constraint v : values) this.constraints.add(java.util.Objects.requireNonNull(v, "constraints"));
            return this;
        }

        /** Adds to {@code targetDates}. */
        public Builder targetDates(TargetDate... values) {
            for (TargetDate v : values) this.targetDates.add(java.util.Objects.requireNonNull(v, "targetDates"));
            return this;
        }

        /** Adds to {@code openQuestions}. */
        public Builder openQuestions(OpenQuestion... values) {
            for (OpenQuestion v : values) this.openQuestions.add(java.util.Objects.requireNonNull(v, "openQuestions"));
            return this;
        }

        /** Adds to {@code assessments}. */
        public Builder assessments(Assessment... values) {
            for (Assessment v : values) this.assessments.add(java.util.Objects.requireNonNull(v, "assessments"));
            return this;
        }

        /** Adds to {@code termRelations}. */
        public Builder termRelations(TermRelation... values) {
            for (TermRelation v : values) this.termRelations.add(java.util.Objects.requireNonNull(v, "termRelations"));
            return this;
        }

        /** Adds to {@code confirmations}. */
        public Builder confirmations(Confirmation... values) {
            for (Confirmation v : values) this.confirmations.add(java.util.Objects.requireNonNull(v, "confirmations"));
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public Document build() {
            return FieldRules.build("Document", () -> new Document(schema, source, parties, persons, regions, places, issues, options, proposals, stances, events, controlClaims, constraints, targetDates, openQuestions, assessments, termRelations, confirmations));
        }
    }
}
