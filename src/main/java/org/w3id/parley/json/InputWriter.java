package org.w3id.parley.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.w3id.parley.model.Document;

/** Writes documents in Parley's input format (absent and empty values omitted), e.g. documents built in Java. */
public final class InputWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private InputWriter() {}

    /** The document as UTF-8 JSON that {@link InputReader} reads back to an equal document. */
    public static byte[] toJson(Document document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write document as JSON: " + e.getMessage(), e);
        }
    }
}
