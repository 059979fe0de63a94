package org.hazardbridge.region;

import java.util.List;

/**
 * The regions a hazard at one point concerns.
 *
 * @param gcj02Point the hazard's point in GCJ-02, after any conversion
 * @param location the district the point lies in
 * @param regions every concerned region once: the location first, then the others sorted by adcode
 */
public record AffectedArea(GeoPoint gcj02Point, RegionSummary location, List<AffectedRegion> regions) {

    public AffectedArea {
        regions = List.copyOf(regions);
    }
}
