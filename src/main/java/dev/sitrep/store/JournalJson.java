package dev.sitrep.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/// A journal entry's details map as the JSON text stored in `journal.details`.
final class JournalJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /// The map as a JSON object, keys sorted so equal maps give equal text.
    String write(Map<String, String> details) {
        try {
            return mapper.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always converts to JSON", e);
        }
    }

    /// The JSON object as a map of strings; values that are not strings (written by other tools) are kept
    /// as their JSON text, and text that is not a JSON object reads as no details. Read with the streaming
    /// parser: every journal entry read passes through here.
    Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            Map<String, String> details = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                details.put(key, switch (value) {
                    case VALUE_NULL -> "";
                    case START_OBJECT, START_ARRAY -> mapper.readTree(parser).toString();
                    default -> parser.getText();
                });
            }
            return details;
        } catch (IOException e) {
            return Map.of();
        }
    }
}
