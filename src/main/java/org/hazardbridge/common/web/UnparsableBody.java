package org.hazardbridge.common.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A body that is not JSON, and where the parser stopped: the line, and the column counted in characters from 1.
 * Jackson counts a UTF-8 body's columns in bytes, three to a Chinese character; this counts them again.
 */
final class UnparsableBody extends HttpMessageNotReadableException {

    private final transient StreamReadException syntax;
    private final int line;
    private final int column;

    private UnparsableBody(HttpMessageNotReadableException e, StreamReadException syntax, int line, int column,
            HttpInputMessage input) {
        super(e.getMessage(), e, input);
        this.syntax = syntax;
        this.line = line;
        this.column = column;
    }

    /** From the parser's refusal of {@code body}; {@code utf8} when Jackson read the bytes (so counted bytes). */
    static UnparsableBody of(HttpMessageNotReadableException e, StreamReadException syntax, byte[] body,
            boolean utf8, HttpInputMessage input) {
        JsonLocation where = syntax.getLocation();
        int column = utf8 ? characterColumn(body, where.getLineNr(), where.getColumnNr()) : where.getColumnNr();
        return new UnparsableBody(e, syntax, where.getLineNr(), column, input);
    }

    private static int characterColumn(byte[] body, int line, int byteColumn) {
        int start = 0;
        for (int seen = 1; seen < line && start < body.length; start++) {
            if (body[start] == '\n') {
                seen++;
            }
        }
        int end = Math.min(body.length, start + Math.max(0, byteColumn - 1));
        String before = new String(body, start, end - start, StandardCharsets.UTF_8);
        return before.codePointCount(0, before.length()) + 1;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Jackson's own words for what it found. */
    String reason() {
        return syntax.getOriginalMessage();
    }
}
