package org.hazardbridge.hazard;

import java.util.Map;
import org.hazardbridge.region.CoordinateSystem;

/** A report that has passed every check on its form: typed, complete and in range. */
record HazardReport(
        HazardType type,
        String title,
        String description,
        double lon,
        double lat,
        CoordinateSystem crs,
        int impactRadiusMeters,
        long potentialDeaths,
        long potentialSeriousInjuries,
        long potentialDirectLossYuan,
        SocialImpact socialImpact,
        boolean majorHazardSituation,
        Map<String, Double> localFacts) {
}
