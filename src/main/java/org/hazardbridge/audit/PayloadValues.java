package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * Turns the values an operation works with (process variables, records of the product) into JSON for a payload:
 * numbers stay numbers, dates become UTC instants with milliseconds, enums their names, lists and maps JSON
 * arrays and objects; anything else its text. A number that is not finite becomes text, as JSON has no such number.
 */
final class PayloadValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PayloadValues() {
    }

    static ObjectNode object(Map<String, ?> values) {
        ObjectNode node = NODES.objectNode();
        values.forEach((name, value) -> node.set(name, tree(value)));
        return node;
    }

    static JsonNode tree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode json) {
            return json;
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((name, member) -> node.set(String.valueOf(name), tree(member)));
            return node;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode();
            collection.forEach(element -> array.add(tree(element)));
            return array;
        }
        return NODES.textNode(text(value));
    }

    private static JsonNode number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (number instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? NODES.numberNode(BigDecimal.valueOf(value))
                    : NODES.textNode(number.toString());
        }
        return NODES.numberNode(number.longValue());
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            return EntryHash.time(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return EntryHash.time(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
