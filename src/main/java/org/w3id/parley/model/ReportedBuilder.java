package org.w3id.parley.model;

/**
 * The builder of a record that a source reports ({@link Reported}): the setters of the six
 * provenance fields, shared by the builders of proposals, stances, events, control claims,
 * constraints, target dates, open questions, assessments and confirmations.
 *
 * @param <R> the record it builds
 * @param <B> the builder itself, which every setter returns
 */
public abstract class ReportedBuilder<R extends Record & Reported, B extends ReportedBuilder<R, B>>
        extends RecordBuilder<R, B> {
    ReportedBuilder(Class<R> type) {
        super(type);
    }

    /** Sets the reporting basis (a {@link ReportingBasis} code). */
    public final B basis(String value) { return set("basis", value); }

    /** Sets whom the source cites ({@code party/slug} or {@code person/slug}). */
    public final B attributedTo(String value) { return set("attributedTo", value); }

    /** Sets how firmly the source says it (a {@link Confidence} code; stated when unset). */
    public final B confidence(String value) { return set("confidence", value); }

    /** Sets the source's hedging words. */
    public final B hedge(String value) { return set("hedge", value); }

    /** Sets a verbatim quote. */
    public final B quote(String value) { return set("quote", value); }

    /** Sets a curator's note. */
    public final B note(String value) { return set("note", value); }
}
