package org.hazardbridge.region;

/**
 * One region concerned by a hazard, with every reason why.
 *
 * @param region the region
 * @param location the hazard lies in this district
 * @param withinRadius the district's boundary is at most the impact radius away from the hazard (true for the
 *     location itself whenever the point lies inside it)
 * @param downstream the region lies downstream of the location on a river
 */
public record AffectedRegion(RegionSummary region, boolean location, boolean withinRadius, boolean downstream) {
}
