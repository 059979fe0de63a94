package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardbridge.region.CoordinateSystem.GCJ02;
import static org.hazardbridge.region.CoordinateSystem.WGS84;
import static org.hazardbridge.region.DemoRegions.JIASHAN;
import static org.hazardbridge.region.DemoRegions.MINHANG;
import static org.hazardbridge.region.DemoRegions.QINGPU;
import static org.hazardbridge.region.DemoRegions.WUJIANG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lookups on the real demo boundaries, GCJ-02 as shipped. */
class RegionDirectoryTest {

    private final RegionDirectory directory = DemoRegions.directory();

    @Test
    void locatesAPointInWujiang() {
        RegionSummary region = directory.locate(new GeoPoint(120.88, 31.02), GCJ02);

        assertThat(region).isEqualTo(new RegionSummary(WUJIANG, "吴江区", RegionLevel.DISTRICT, "320500"));
    }

    @Test
    void locatesAPointInQingpu() {
        assertThat(directory.locate(new GeoPoint(121.0852, 31.1247), GCJ02).adcode()).isEqualTo(QINGPU);
    }

    @Test
    void locatesAPointInJiashan() {
        assertThat(directory.locate(new GeoPoint(120.9023, 30.8996), GCJ02).adcode()).isEqualTo(JIASHAN);
    }

    @Test
    void recordsAParentThatIsNotImportedAsItsAdcode() {
        RegionSummary qingpu = directory.find(QINGPU).orElseThrow();

        assertThat(qingpu.parentAdcode()).isEqualTo("310000");
        assertThat(directory.find("310000")).isEmpty();
    }

    @Test
    void convertsAWgs84PointBeforeTheLookup() {
        // 137 m inside Wujiang when read as GCJ-02; converted, it lies about 260 m inside Qingpu.
        GeoPoint gps = new GeoPoint(120.90, 31.03);

        assertThat(directory.locate(gps, GCJ02).adcode()).isEqualTo(WUJIANG);
        assertThat(directory.locate(gps, WGS84).adcode()).isEqualTo(QINGPU);
    }

    @Test
    void refusesAPointInTheSea() {
        assertThatThrownBy(() -> directory.locate(new GeoPoint(125.0, 28.0), GCJ02))
                .isInstanceOf(PointOutsideRegionsException.class)
                .hasMessage("坐标 (125.00000, 28.00000) 不在任何已登记的行政区内");
    }

    @Test
    void givesAPointInAnOverlapOfWujiangAndJiashanToTheDistrictItLiesDeepestIn() {
        // Inside both polygons: 3.9 m from Wujiang's boundary, 4.2 m from Jiashan's.
        GeoPoint overlap = new GeoPoint(120.7562425, 30.9726833);

        assertThat(directory.locate(overlap, GCJ02).adcode()).isEqualTo(JIASHAN);
    }

    @Test
    void decidesTheWujiangJiashanBorderTheSameWayEveryTimeAndInAnyIndexOrder() {
        GeoPoint overlap = new GeoPoint(120.7562425, 30.9726833);
        List<RegionShape> reversed = new ArrayList<>(DemoRegions.shapes());
        Collections.reverse(reversed);
        RegionDirectory rebuilt = DemoRegions.directoryOf(reversed, 50);

        List<String> answers = IntStream.range(0, 50).mapToObj(i -> directory.locate(overlap, GCJ02).adcode())
                .toList();

        assertThat(answers).containsOnly(JIASHAN);
        assertThat(rebuilt.locate(overlap, GCJ02).adcode()).isEqualTo(JIASHAN);
    }

    @Test
    void givesAPointInAGapBetweenTwoFilesToTheNearestDistrictWithinTheTolerance() {
        // Between Songjiang (neighbour_districts.geojson, 2.6 m away) and Minhang (310112_minhang.geojson, 2.4 m).
        GeoPoint gap = new GeoPoint(121.3558471, 30.9771171);

        assertThat(directory.locate(gap, GCJ02).adcode()).isEqualTo(MINHANG);
    }

    @Test
    void refusesAPointInAGapWiderThanTheTolerance() {
        GeoPoint gap = new GeoPoint(121.3558471, 30.9771171);

        assertThatThrownBy(() -> DemoRegions.directory(1).locate(gap, GCJ02))
                .isInstanceOf(PointOutsideRegionsException.class);
    }

    @Test
    void givesAPointInAGapBetweenWujiangAndJiashanToTheNearerOne() {
        // 6.4 m from Wujiang, 6.5 m from Jiashan.
        GeoPoint gap = new GeoPoint(120.7701206, 30.9786675);

        assertThat(directory.locate(gap, GCJ02).adcode()).isEqualTo(WUJIANG);
    }

    @Test
    void listsTheThirteenDemoDistrictsByAdcode() {
        List<RegionSummary> districts = directory.districts();

        assertThat(districts).hasSize(13).allMatch(region -> region.level() == RegionLevel.DISTRICT);
        assertThat(districts).extracting(RegionSummary::adcode).isSorted().contains(QINGPU, WUJIANG, JIASHAN);
    }

    @Test
    void findsCitiesAsWellAsDistricts() {
        assertThat(directory.find("320500")).hasValueSatisfying(city -> {
            assertThat(city.name()).isEqualTo("苏州市");
            assertThat(city.level()).isEqualTo(RegionLevel.CITY);
            assertThat(city.parentAdcode()).isEqualTo("320000");
        });
    }
}
