package org.hazardbridge.classification;

/** The three levels of case information. */
public enum Level {
    /** 公开: every region taking part, and neighbours querying history. */
    PUBLIC,
    /** 受限: managers of the regions taking part, and the owning region. */
    RESTRICTED,
    /** 涉密: only the region that owns it. */
    SECRET;

    boolean isBelow(Level other) {
        return compareTo(other) < 0;
    }
}
