package org.w3id.parley.model;

import static org.w3id.parley.model.FieldRules.*;

/**
 * The document a source file encodes: every record in that file is derived from it.
 *
 * @param id                 slug of the source, also the name of its named graph
 * @param title              the document's title
 * @param publisher          the publisher, if the document names one
 * @param url                where the document can be read, if known
 * @param language           BCP 47 language tag of the document (default "en")
 * @param published          publication date, if the document establishes it
 * @param publishedNotBefore earliest possible publication date, when only bounds are known
 * @param publishedNotAfter  latest possible publication date, when only bounds are known
 * @param datingNote         how the dates above were established
 * @param note               a curator's note
 */
public record Source(String id, String title, String publisher, String url, String language, String published,
                     String publishedNotBefore, String publishedNotAfter, String datingNote, String note) {
    /** Validates every field. */
    public Source {
        slug(id, "id");
        required(title, "title");
        optional(publisher, "publisher");
        httpUrl(url, "url");
        language = FieldRules.language(language == null ? "en" : language, "language");
        date(published, "published");
        date(publishedNotBefore, "publishedNotBefore");
        date(publishedNotAfter, "publishedNotAfter");
        range(publishedNotBefore, "publishedNotBefore", publishedNotAfter, "publishedNotAfter");
        optional(datingNote, "datingNote");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Source}. */
    public static final class Builder {
        private String id;
        private String title;
        private String publisher;
        private String url;
        private String language;
        private String published;
        private String publishedNotBefore;
        private String publishedNotAfter;
        private String datingNote;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code title}. */
        public Builder title(String value) {
            this.title = java.util.Objects.requireNonNull(value, "title");
            return this;
        }

        /** Sets {@code publisher}. */
        public Builder publisher(String value) {
            this.publisher = java.util.Objects.requireNonNull(value, "publisher");
            return this;
        }

        /** Sets {@code url}. */
        public Builder url(String value) {
            this.url = java.util.Objects.requireNonNull(value, "url");
            return this;
        }

        /** Sets {@code language}. */
        public Builder language(String value) {
            this.language = java.util.Objects.requireNonNull(value, "language");
            return this;
        }

        /** Sets {@code published}. */
        public Builder published(String value) {
            this.published = java.util.Objects.requireNonNull(value, "published");
            return this;
        }

        /** Sets {@code publishedNotBefore}. */
        public Builder publishedNotBefore(String value) {
            this.publishedNotBefore = java.util.Objects.requireNonNull(value, "publishedNotBefore");
            return this;
        }

        /** Sets {@code publishedNotAfter}. */
        public Builder publishedNotAfter(String value) {
            this.publishedNotAfter = java.util.Objects.requireNonNull(value, "publishedNotAfter");
            return this;
        }

        /** Sets {@code datingNote}. */
        public Builder datingNote(String value) {
            this.datingNote = java.util.Objects.requireNonNull(value, "datingNote");
            return this;
        }

        /** Sets {@code note}. */
        public Builder note(String value) {
            this.note = java.util.Objects.requireNonNull(value, "note");
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public Source build() {
            return FieldRules.build("Source", () -> new Source(id, title, publisher, url, language, published, publishedNotBefore, publishedNotAfter, datingNote, note));
        }
    }
}
