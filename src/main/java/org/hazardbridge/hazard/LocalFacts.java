package org.hazardbridge.hazard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** Local facts stored as a JSON object of numbers, keys in order. */
final class LocalFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalFacts() {
    }

    static String write(Map<String, Double> facts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("local facts cannot be written as JSON", e);
        }
    }

    static Map<String, Double> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Double>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored local facts are not a JSON object of numbers", e);
        }
    }
}
