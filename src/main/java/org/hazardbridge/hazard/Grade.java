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

    /** Reads a grade from a decision output, refusing anything but I to IV. */
    public static Grade parse(String name) {
        return Arrays.stream(values())
                .filter(grade -> grade.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("grade must be one of I, II, III, IV, was " + name));
    }
}
