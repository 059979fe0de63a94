package org.hazardbridge.hazard;

import org.hazardbridge.common.ConflictException;

/** An operation that the case's current state does not allow; the message names that state. */
public class IllegalCaseStateException extends ConflictException {

    public IllegalCaseStateException(String message) {
        super(message);
    }
}
