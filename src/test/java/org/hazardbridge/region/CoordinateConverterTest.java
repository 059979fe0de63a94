package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class CoordinateConverterTest {

    private static final double TOLERANCE_DEGREES = 1e-5;

    @Test
    void convertsThePublishedBeijingExample() {
        // The example pair printed in the README of the widely used coordtransform library.
        GeoPoint gcj02 = CoordinateConverter.wgs84ToGcj02(new GeoPoint(116.404, 39.915));

        assertThat(gcj02.lon()).isCloseTo(116.41024449916938, within(TOLERANCE_DEGREES));
        assertThat(gcj02.lat()).isCloseTo(39.91640428150164, within(TOLERANCE_DEGREES));
    }

    @Test
    void convertsAPointInTheDemoZone() {
        // Expected values computed separately with a Python implementation of the same public formula.
        GeoPoint gcj02 = CoordinateConverter.wgs84ToGcj02(new GeoPoint(120.88, 31.02));

        assertThat(gcj02.lon()).isCloseTo(120.8841454052867, within(TOLERANCE_DEGREES));
        assertThat(gcj02.lat()).isCloseTo(31.01768429114673, within(TOLERANCE_DEGREES));
    }

    @Test
    void shiftsPointsInTheDemoZoneByHundredsOfMetres() {
        GeoPoint wgs84 = new GeoPoint(120.88, 31.02);

        GeoPoint gcj02 = CoordinateConverter.wgs84ToGcj02(wgs84);

        double meters = new LocalProjection(wgs84)
                .distanceFromCentre(new GeometryFactory().createPoint(new Coordinate(gcj02.lon(), gcj02.lat())));
        assertThat(meters).isBetween(300.0, 600.0);
    }

    @Test
    void leavesPointsOutsideChinaUnchanged() {
        GeoPoint paris = new GeoPoint(2.3522, 48.8566);

        assertThat(CoordinateConverter.wgs84ToGcj02(paris)).isEqualTo(paris);
    }

    @Test
    void leavesGcj02PointsUnchanged() {
        GeoPoint point = new GeoPoint(120.88, 31.02);

        assertThat(CoordinateConverter.toGcj02(point, CoordinateSystem.GCJ02)).isEqualTo(point);
    }
}
