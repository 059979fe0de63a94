package org.hazardbridge.hazard;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a hazard would affect the public beyond its direct consequences. */
public enum SocialImpact {
    LOW, MEDIUM, HIGH, SEVERE;

    public static Optional<SocialImpact> parse(String name) {
        return Arrays.stream(values()).filter(level -> level.name().equals(name)).findFirst();
    }
}
