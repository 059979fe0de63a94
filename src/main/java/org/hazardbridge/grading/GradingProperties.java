package org.hazardbridge.grading;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of grade arbitration.
 *
 * @param panelSize how many experts to draw when enough are eligible (3 to 5)
 * @param expertTimeout how long an expert has to score before the next eligible expert replaces them
 */
@ConfigurationProperties("hazardbridge.grading")
public record GradingProperties(Integer panelSize, Duration expertTimeout) {

    /** The product never lets a panel score with fewer experts than this. */
    public static final int MINIMUM_PANEL = 3;

    public GradingProperties {
        panelSize = panelSize == null ? 5 : panelSize;
        expertTimeout = expertTimeout == null ? Duration.ofHours(24) : expertTimeout;
        if (panelSize < MINIMUM_PANEL || panelSize > 5) {
            throw new IllegalArgumentException("hazardbridge.grading.panel-size must be 3 to 5, was " + panelSize);
        }
    }
}
