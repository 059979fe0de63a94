package org.hazardbridge.common;

/** A caller who may see a case but not do or read this part of it (HTTP 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
