package org.hazardbridge.hazard;

/** Where a case's grade comes from. */
public enum GradeBasis {
    /** The grading tables, from the reported facts. */
    AUTOMATIC,
    /** Every involved region gave the same opinion. */
    CONSENSUS,
    /** The regions disagreed and the expert panel's mean score decided. */
    ARBITRATION
}
