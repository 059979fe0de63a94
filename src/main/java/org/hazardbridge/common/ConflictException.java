package org.hazardbridge.common;

/** A request the current state of its target does not allow; the message names that state (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
