package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** The border rules on squares whose distances are easy to see: 0.001 degree of latitude is about 111 m. */
class BorderRuleTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final BorderRule rule = new BorderRule(50);

    @Test
    void givesAPointInsideOneDistrictToThatDistrict() {
        IndexedDistrict a = square("100001", 0, 0, 0.01, 0.01);
        IndexedDistrict b = square("100002", 0.01, 0, 0.02, 0.01);

        assertThat(decide(0.005, 0.005, a, b)).contains(a);
    }

    @Test
    void givesAPointInAnOverlapToTheDistrictWhoseBoundaryIsFarthest() {
        IndexedDistrict west = square("100001", 0, 0, 0.0102, 0.01);
        IndexedDistrict east = square("100002", 0.0099, 0, 0.02, 0.01);

        assertThat(decide(0.01015, 0.005, west, east)).contains(east);
        assertThat(decide(0.0100, 0.005, west, east)).contains(west);
    }

    @Test
    void givesAPointEquallyDeepInTwoDistrictsToTheSmallerAdcode() {
        IndexedDistrict first = square("100001", 0, 0, 0.01, 0.01);
        IndexedDistrict copy = square("100002", 0, 0, 0.01, 0.01);

        assertThat(decide(0.005, 0.005, copy, first)).contains(first);
    }

    @Test
    void givesAPointOnASharedEdgeToTheSmallerAdcode() {
        IndexedDistrict south = square("100002", 0, 0, 0.01, 0.01);
        IndexedDistrict north = square("100001", 0, 0.01, 0.01, 0.02);

        assertThat(decide(0.005, 0.01, south, north)).contains(north);
    }

    @Test
    void givesAPointInAGapToTheNearestDistrictWithinTheTolerance() {
        IndexedDistrict south = square("100001", 0, 0, 0.01, 0.01);
        IndexedDistrict north = square("100002", 0, 0.0103, 0.01, 0.02);

        assertThat(decide(0.005, 0.0102, south, north)).contains(north);
        assertThat(decide(0.005, 0.0101, south, north)).contains(south);
    }

    @Test
    void givesAPointInTheMiddleOfAGapToTheSmallerAdcode() {
        // Powers of two, so that both distances come out exactly equal.
        double edge = 0x1p-7;
        IndexedDistrict south = square("100002", 0, 0, edge, edge);
        IndexedDistrict north = square("100001", 0, edge + 0x1p-12, edge, 2 * edge);

        assertThat(decide(0x1p-8, edge + 0x1p-13, south, north)).contains(north);
    }

    @Test
    void refusesAPointFartherThanTheToleranceFromEveryDistrict() {
        IndexedDistrict south = square("100001", 0, 0, 0.01, 0.01);

        // 0.0005 degree of latitude is about 56 m.
        assertThat(decide(0.005, 0.0105, south)).isEmpty();
    }

    private Optional<IndexedDistrict> decide(double lon, double lat, IndexedDistrict... nearby) {
        Point point = GEOMETRIES.createPoint(new Coordinate(lon, lat));
        return rule.decide(point, new LocalProjection(new GeoPoint(lon, lat)), List.of(nearby));
    }

    private static IndexedDistrict square(String adcode, double minLon, double minLat, double maxLon, double maxLat) {
        RegionSummary summary = new RegionSummary(adcode, "区" + adcode, RegionLevel.DISTRICT, null);
        Envelope envelope = new Envelope(minLon, maxLon, minLat, maxLat);
        return IndexedDistrict.of(new RegionShape(summary, GEOMETRIES.toGeometry(envelope)));
    }
}
