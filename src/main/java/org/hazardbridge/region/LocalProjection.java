package org.hazardbridge.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection centred on one point, giving plane coordinates in metres. Within a few tens of
 * kilometres of the centre its distances are true ground distances to well under one percent, which is all that
 * impact radii and border tolerances need.
 */
final class LocalProjection {

    static final double EARTH_MEAN_RADIUS_METERS = 6_371_008.8;
    private static final double METERS_PER_DEGREE = EARTH_MEAN_RADIUS_METERS * Math.PI / 180.0;

    private final GeoPoint centre;
    private final double metersPerDegreeLon;

    LocalProjection(GeoPoint centre) {
        this.centre = centre;
        // Kept away from zero so that the envelope stays finite at the poles.
        this.metersPerDegreeLon = METERS_PER_DEGREE * Math.max(Math.cos(Math.toRadians(centre.lat())), 1e-6);
    }

    /** Distance in metres from the centre to the nearest point of a lon/lat geometry (0 when it covers it). */
    double distanceFromCentre(Geometry lonLat) {
        return project(lonLat).distance(lonLat.getFactory().createPoint(new Coordinate(0, 0)));
    }

    /** Distance in metres from the centre to the boundary of a lon/lat geometry. */
    double distanceFromCentreToBoundary(Geometry lonLat) {
        return distanceFromCentre(lonLat.getBoundary());
    }

    /** A lon/lat envelope that contains every point within the given distance of the centre. */
    Envelope envelopeAround(double meters) {
        // A small margin so that rounding never drops a region that lies exactly at the distance.
        double margin = 1.001;
        double dLon = meters * margin / metersPerDegreeLon;
        double dLat = meters * margin / METERS_PER_DEGREE;
        return new Envelope(centre.lon() - dLon, centre.lon() + dLon, centre.lat() - dLat, centre.lat() + dLat);
    }

    private Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new ToMeters());
        return copy;
    }

    private final class ToMeters implements CoordinateSequenceFilter {

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            sequence.setOrdinate(i, 0, (sequence.getX(i) - centre.lon()) * metersPerDegreeLon);
            sequence.setOrdinate(i, 1, (sequence.getY(i) - centre.lat()) * METERS_PER_DEGREE);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
