package dev.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/// A journal entry's details map as the JSON text stored in `journal.details`.
final class JournalJson {

    private static final TypeReference<Map<String, JsonNode>> OBJECT = new TypeReference<>() {
    };

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
    /// as their JSON text, and text that is not a JSON object reads as no details.
    Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, JsonNode> nodes = mapper.readValue(json, OBJECT);
            Map<String, String> details = new LinkedHashMap<>();
            nodes.forEach((key, value) -> details.put(key, value == null || value.isNull() ? ""
                    : value.isValueNode() ? value.asText() : value.toString()));
            return details;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
