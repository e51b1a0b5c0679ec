package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * An interpretation of the situation by an observer, a commentator or the source itself.
 *
 * @param id           slug
 * @param assessor     who assesses ({@code party/…} or {@code person/…}); absent means the source itself
 * @param statement    the assessment, in English
 * @param about        what it concerns
 * @param statedAt     slug of the event (statement, post, publication) where it was stated, if the source says
 * @param basis        reporting basis
 * @param attributedTo whom the source cites
 * @param confidence   how firmly the source says it
 * @param hedge        hedging words
 * @param quote        a verbatim quote
 * @param note         a curator's note
 */
public record Assessment(String id, Ref assessor, String statement, List<Ref> about, Slug statedAt, String basis,
                         Ref attributedTo, String confidence, String hedge, String quote,
                         String note) implements Reported {
    /** Validates every field. */
    public Assessment {
        slug(id, "id");
        optionalRef(assessor, "assessor", Kinds.AGENTS);
        required(statement, "statement");
        optionalSlug(statedAt, "statedAt");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Assessment}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<Assessment, Builder> {
        private Builder() {
            super(Assessment.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code assessor}. */
        public Builder assessor(String value) { return set("assessor", value); }

        /** Sets {@code statement}. */
        public Builder statement(String value) { return set("statement", value); }

        /** Adds to {@code about}. */
        public Builder about(String... values) { return add("about", values); }

        /** Sets {@code statedAt}. */
        public Builder statedAt(String value) { return set("statedAt", value); }
    }
}
