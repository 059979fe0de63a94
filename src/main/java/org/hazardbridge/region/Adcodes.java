package org.hazardbridge.region;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads adcodes from JSON, where files write them as numbers or as strings. */
final class Adcodes {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private Adcodes() {
    }

    /** The adcode in the node, or empty when the node is neither a six-digit number nor a six-digit string. */
    static Optional<String> read(JsonNode node) {
        if (node == null || !(node.isIntegralNumber() || node.isTextual())) {
            return Optional.empty();
        }
        String text = node.asText().trim();
        return SIX_DIGITS.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
