package org.hazardbridge.common;

/** One thing wrong with one field of a request: the field's path and the rule it breaks. */
public record FieldProblem(String field, String message) {
}
