package org.hazardbridge.hazard;

/** Whether a case still needs work. */
public enum CaseStatus {
    OPEN, CLOSED
}
