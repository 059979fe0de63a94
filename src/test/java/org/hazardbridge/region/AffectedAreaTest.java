package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hazardbridge.region.CoordinateSystem.GCJ02;
import static org.hazardbridge.region.CoordinateSystem.WGS84;
import static org.hazardbridge.region.DemoRegions.JIASHAN;
import static org.hazardbridge.region.DemoRegions.MINHANG;
import static org.hazardbridge.region.DemoRegions.QINGPU;
import static org.hazardbridge.region.DemoRegions.SONGJIANG;
import static org.hazardbridge.region.DemoRegions.WUJIANG;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AffectedAreaTest {

    private static final GeoPoint NEAR_THE_DEMO_CORNER = new GeoPoint(120.88, 31.02);

    private final RegionDirectory directory = DemoRegions.directory();

    @Test
    void namesTheLocationTheDistrictsWithinTheRadiusAndTheRegionsDownstream() {
        // Qingpu is about 2.0 km and Jiashan about 1.5 km away; the Taipu River runs Wujiang, Jiashan, Qingpu,
        // Songjiang.
        AffectedArea area = directory.affectedArea(NEAR_THE_DEMO_CORNER, GCJ02, 3000);

        assertThat(area.location().adcode()).isEqualTo(WUJIANG);
        assertThat(area.regions()).extracting(region -> region.region().adcode(), AffectedRegion::location,
                AffectedRegion::withinRadius, AffectedRegion::downstream).containsExactly(
                        Tuple.tuple(WUJIANG, true, true, false),
                        Tuple.tuple(SONGJIANG, false, false, true),
                        Tuple.tuple(QINGPU, false, true, true),
                        Tuple.tuple(JIASHAN, false, true, true));
    }

    @Test
    void namesOnlyTheLocationAndTheRegionsDownstreamForARadiusOfZero() {
        AffectedArea area = directory.affectedArea(NEAR_THE_DEMO_CORNER, GCJ02, 0);

        assertThat(area.regions()).extracting(region -> region.region().adcode())
                .containsExactly(WUJIANG, SONGJIANG, QINGPU, JIASHAN);
        assertThat(area.regions()).filteredOn(AffectedRegion::withinRadius).extracting(r -> r.region().adcode())
                .containsExactly(WUJIANG);
    }

    @Test
    void followsEveryRiverThroughTheLocation() {
        // Qingpu is on both rivers: Songjiang is downstream on both, Minhang on the upper Huangpu only.
        AffectedArea area = directory.affectedArea(new GeoPoint(121.0852, 31.1247), GCJ02, 0);

        assertThat(area.regions()).extracting(region -> region.region().adcode())
                .containsExactly(QINGPU, MINHANG, SONGJIANG);
    }

    @Test
    void namesNothingDownstreamOfTheLastRegionOnARiver() {
        AffectedArea area = directory.affectedArea(new GeoPoint(121.42, 31.09), GCJ02, 0);

        assertThat(area.regions()).extracting(region -> region.region().adcode()).containsExactly(MINHANG);
    }

    @Test
    void reportsTheConvertedPoint() {
        AffectedArea area = directory.affectedArea(NEAR_THE_DEMO_CORNER, WGS84, 0);

        assertThat(area.gcj02Point()).isEqualTo(CoordinateConverter.wgs84ToGcj02(NEAR_THE_DEMO_CORNER));
        assertThat(area.gcj02Point()).isNotEqualTo(NEAR_THE_DEMO_CORNER);
    }

    @Test
    void refusesANegativeRadius() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> directory.affectedArea(NEAR_THE_DEMO_CORNER, GCJ02, -1))
                .withMessageContaining("impactRadiusMeters");
    }
}
