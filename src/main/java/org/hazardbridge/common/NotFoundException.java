package org.hazardbridge.common;

/** A thing asked for by its identifier that does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
