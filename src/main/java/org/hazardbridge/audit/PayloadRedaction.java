package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.hazardbridge.common.HiddenVariablesPlugin;
import org.springframework.stereotype.Component;

/**
 * The one place that decides how each payload field enters the trace, before the entry is hashed and signed.
 *
 * <p>A hidden field (a variable the engine keeps out of its history, such as an expert's {@code score} and
 * {@code scoreReason}, or one named in {@code hazardbridge.trace.committed-fields}) enters only as a commitment
 * {@code {"commitment": hex(SHA-256(salt || canonical JSON of the value)), "scheme": "sha256-salted"}}, at any
 * depth of the payload. The 32-byte random salt is kept apart ({@code trace_salt}) and never exported, so the value
 * cannot be guessed from the trace, even a score of 0 to 100; whoever is given the value and its salt can check it
 * against the exported trace. Every other field is kept as it is.
 *
 * <p>Issue 4 extends {@link #isCommitted(String)} with the names of restricted and secret fields.
 */
@Component
class PayloadRedaction {

    static final String SCHEME = "sha256-salted";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HiddenVariablesPlugin hiddenVariables;
    private final Set<String> committed;

    PayloadRedaction(HiddenVariablesPlugin hiddenVariables, TraceProperties properties) {
        this.hiddenVariables = hiddenVariables;
        this.committed = Set.copyOf(properties.committedFields());
    }

    /** Whether a field of this name enters the trace only as a commitment. */
    boolean isCommitted(String fieldName) {
        return hiddenVariables.hides(fieldName) || committed.contains(fieldName);
    }

    Redacted redact(JsonNode payload) {
        List<Salt> salts = new ArrayList<>();
        return new Redacted(walk(payload, "", salts), List.copyOf(salts));
    }

    private JsonNode walk(JsonNode node, String path, List<Salt> salts) {
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                array.add(walk(node.get(i), path + "[" + i + "]", salts));
            }
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(field -> {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            boolean hide = isCommitted(field.getKey()) && !field.getValue().isNull();
            copy.set(field.getKey(), hide ? commit(field.getValue(), fieldPath, salts)
                    : walk(field.getValue(), fieldPath, salts));
        });
        return copy;
    }

    private static JsonNode commit(JsonNode value, String path, List<Salt> salts) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        salts.add(new Salt(path, HexFormat.of().formatHex(salt)));
        ObjectNode commitment = JsonNodeFactory.instance.objectNode();
        commitment.put("commitment", commitment(salt, value));
        commitment.put("scheme", SCHEME);
        return commitment;
    }

    /** hex(SHA-256(salt || UTF-8 of the canonical JSON of the value)). */
    static String commitment(byte[] salt, JsonNode value) {
        byte[] text = CanonicalJson.write(value).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[salt.length + text.length];
        System.arraycopy(salt, 0, input, 0, salt.length);
        System.arraycopy(text, 0, input, salt.length, text.length);
        return HexFormat.of().formatHex(EntryHash.sha256(input));
    }

    /** A payload as it enters the trace, and the salts of its commitments by field path. */
    record Redacted(JsonNode payload, List<Salt> salts) {
    }

    record Salt(String path, String salt) {
    }
}
