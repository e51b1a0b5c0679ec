package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * Whether a named party or person confirmed, denied or did not confirm a reported record
 * ("Russia did not confirm that account"), as a source reports it.
 *
 * @param id           slug
 * @param record       the record concerned, {@code kind/slug}: any record an event or assessment can be
 *                     about ({@link Kinds#CONFIRMABLE}); neither a term relation nor another confirmation
 * @param by           who confirmed, denied or did not confirm it: {@code party/…} or {@code person/…}
 * @param status       confirmed, denied or not-confirmed
 * @param basis        reporting basis (see {@link Provenance})
 * @param attributedTo whom the source cites
 * @param confidence   how firmly the source says it
 * @param hedge        hedging words
 * @param quote        a verbatim quote
 * @param note         a curator's note
 */
public record Confirmation(String id, Ref record, Ref by, String status, String basis, Ref attributedTo,
                           String confidence, String hedge, String quote, String note) implements Reported {
    /** Validates every field. */
    public Confirmation {
        slug(id, "id");
        ref(record, "record", Kinds.CONFIRMABLE);
        ref(by, "by", Kinds.AGENTS);
        code(status, "status", ConfirmationStatus.class);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Confirmation> builder() { return new RecordBuilder<>(Confirmation.class); }
}
