package org.w3id.parley.model;

/**
 * The kind of an event; each is a subclass of parley:Event whose skos:notation is the code.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum EventType implements Code {
    MEETING("meeting", "Meeting", "meeting"),
    VISIT("visit", "Visit", "visit"),
    STATEMENT("statement", "Statement", "statement"),
    SOCIAL_MEDIA_POST("social-media-post", "SocialMediaPost", "social media post"),
    COMMUNICATION("communication", "Communication", "communication"),
    PUBLICATION("publication", "Publication", "publication"),
    MILITARY_OPERATION("military-operation", "MilitaryOperation", "military operation"),
    NEGOTIATION("negotiation", "Negotiation", "negotiation");

    private final Code.Definition definition;

    EventType(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
