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
public record Source(String id, String title, String publisher, String url, String language, PartialDate published,
                     PartialDate publishedNotBefore, PartialDate publishedNotAfter, String datingNote, String note) {
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

    /** Builds a {@link Source}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Source, Builder> {
        private Builder() {
            super(Source.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code title}. */
        public Builder title(String value) { return set("title", value); }

        /** Sets {@code publisher}. */
        public Builder publisher(String value) { return set("publisher", value); }

        /** Sets {@code url}. */
        public Builder url(String value) { return set("url", value); }

        /** Sets {@code language}. */
        public Builder language(String value) { return set("language", value); }

        /** Sets {@code published}. */
        public Builder published(String value) { return set("published", value); }

        /** Sets {@code publishedNotBefore}. */
        public Builder publishedNotBefore(String value) { return set("publishedNotBefore", value); }

        /** Sets {@code publishedNotAfter}. */
        public Builder publishedNotAfter(String value) { return set("publishedNotAfter", value); }

        /** Sets {@code datingNote}. */
        public Builder datingNote(String value) { return set("datingNote", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
