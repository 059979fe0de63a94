package org.hazardbridge.hazard;

import java.util.Arrays;

/** The four grades of Decree 493, applied to what a hazard could cause. */
public enum Grade {
    I("特别重大"), II("重大"), III("较大"), IV("一般");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The legal class of SAWS Order No. 16 by the product rule: I and II are major hazards. */
    public String legalClass() {
        return this == I || this == II ? "重大事故隐患" : "一般事故隐患";
    }

    /** Whether this grade is more severe than {@code other}. */
    public boolean isMoreSevereThan(Grade other) {
        return compareTo(other) < 0;
    }

    /** Reads a grade from a decision output, refusing anything but I to IV. */
    public static Grade parse(String name) {
        return Arrays.stream(values())
                .filter(grade -> grade.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("grade must be one of I, II, III, IV, was " + name));
    }
}
