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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Source> builder() { return new RecordBuilder<>(Source.class); }
}
