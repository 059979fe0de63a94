package org.hazardbridge.region;

import org.locationtech.jts.geom.Geometry;

/** A region with its boundary in GCJ-02 longitude/latitude. */
record RegionShape(RegionSummary summary, Geometry boundary) {

    String adcode() {
        return summary.adcode();
    }
}
