package org.hazardbridge.region;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** A district in the spatial index, with its boundary prepared for fast, thread-safe point tests. */
record IndexedDistrict(RegionSummary summary, Geometry boundary, PreparedGeometry prepared) {

    static IndexedDistrict of(RegionShape shape) {
        Geometry boundary = shape.boundary();
        return new IndexedDistrict(shape.summary(), boundary, PreparedGeometryFactory.prepare(boundary));
    }

    String adcode() {
        return summary.adcode();
    }

    /** Whether the point lies inside the boundary or on it. */
    boolean covers(Point point) {
        return prepared.covers(point);
    }

    /** Ground distance in metres from the projection's centre, which is the given point, to this district. */
    double distanceTo(Point point, LocalProjection projection) {
        return covers(point) ? 0 : projection.distanceFromCentre(boundary);
    }
}
