package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardbridge.region.TestFiles.district;
import static org.hazardbridge.region.TestFiles.feature;
import static org.hazardbridge.region.TestFiles.square;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class RegionSourceReaderTest {

    @TempDir
    Path folder;

    private TestFiles files;
    private final RegionSourceReader reader = new RegionSourceReader(new DefaultResourceLoader());

    @BeforeEach
    void setUp() {
        files = new TestFiles(folder);
    }

    @Test
    void readsTheDemoDataWithParentsAsAdcodes() {
        ImportBatch batch = reader.read(RegionProperties.defaults());

        assertThat(batch.regions()).hasSize(16);
        assertThat(batch.rivers()).extracting(RiverFlow::name).containsExactly("太浦河", "黄浦江上游");
        assertThat(batch.fileCount()).isEqualTo(7);
        assertThat(batch.regions()).filteredOn(region -> region.adcode().equals("310112")).singleElement()
                .satisfies(minhang -> assertThat(minhang.shape().summary().parentAdcode()).isEqualTo("310000"));
    }

    @Test
    void readsStringAdcodesAndNumericParents() {
        String location = files.boundaries("plain.geojson", feature(
                "\"adcode\": \"990101\", \"name\": \"甲区\", \"level\": \"district\", \"parent\": 990100",
                square(100, 30)));

        ImportBatch batch = reader.read(properties(List.of(location), files.rivers(List.of("990101"))));

        assertThat(batch.regions()).singleElement().extracting(region -> region.shape().summary())
                .isEqualTo(new RegionSummary("990101", "甲区", RegionLevel.DISTRICT, "990100"));
    }

    @Test
    void refusesAFeatureWithoutAdcodeNamingTheFileAndIndex() {
        String location = files.boundaries("broken.geojson", district("990101", "甲区", 100, 30),
                feature("\"name\": \"乙区\", \"level\": \"district\"", square(100.01, 30)));

        assertThatThrownBy(() -> reader.read(properties(List.of(location), files.rivers(List.of()))))
                .isInstanceOf(RegionImportException.class)
                .hasMessage("broken.geojson feature 1: property 'adcode' is missing");
    }

    @Test
    void refusesAnUnknownLevel() {
        String location = files.boundaries("level.geojson", feature(
                "\"adcode\": 990101, \"name\": \"甲区\", \"level\": \"street\"", square(100, 30)));

        assertThatThrownBy(() -> reader.read(properties(List.of(location), files.rivers(List.of()))))
                .hasMessage("level.geojson feature 0: property 'level' must be province, city or district,"
                        + " was 'street'");
    }

    @Test
    void refusesAnEmptyGeometry() {
        String location = files.boundaries("empty.geojson", feature(
                "\"adcode\": 990101, \"name\": \"甲区\", \"level\": \"district\"",
                "{\"type\": \"MultiPolygon\", \"coordinates\": []}"));

        assertThatThrownBy(() -> reader.read(properties(List.of(location), files.rivers(List.of()))))
                .hasMessage("empty.geojson feature 0: geometry is empty");
    }

    @Test
    void refusesAPointGeometry() {
        String location = files.boundaries("point.geojson", feature(
                "\"adcode\": 990101, \"name\": \"甲区\", \"level\": \"district\"",
                "{\"type\": \"Point\", \"coordinates\": [100, 30]}"));

        assertThatThrownBy(() -> reader.read(properties(List.of(location), files.rivers(List.of()))))
                .hasMessage("point.geojson feature 0: geometry must be a Polygon or MultiPolygon, was 'Point'");
    }

    @Test
    void repairsASelfIntersectingBoundary() {
        String bowTie = "{\"type\": \"Polygon\", \"coordinates\": [[[100, 30], [100.01, 30.01], [100.01, 30],"
                + " [100, 30.01], [100, 30]]]}";
        String location = files.boundaries("bowtie.geojson", feature(
                "\"adcode\": 990101, \"name\": \"甲区\", \"level\": \"district\"", bowTie));

        ImportBatch batch = reader.read(properties(List.of(location), files.rivers(List.of())));

        assertThat(batch.regions()).singleElement().satisfies(region -> {
            assertThat(region.shape().boundary().isValid()).isTrue();
            assertThat(region.shape().boundary().getArea()).isPositive();
        });
    }

    @Test
    void refusesAnAdcodeDefinedInTwoFiles() {
        String first = files.boundaries("first.geojson", district("990101", "甲区", 100, 30));
        String second = files.boundaries("second.geojson", district("990102", "乙区", 100.01, 30),
                district("990101", "甲区", 100.02, 30));

        assertThatThrownBy(() -> reader.read(properties(List.of(first, second), files.rivers(List.of()))))
                .hasMessage("second.geojson feature 1: adcode 990101 is already defined by first.geojson feature 0");
    }

    @Test
    void refusesARiverThroughARegionThatIsNotImported() {
        String location = files.boundaries("one.geojson", district("990101", "甲区", 100, 30));
        String rivers = files.rivers(List.of("990101", "990101, 990199"));

        assertThatThrownBy(() -> reader.read(properties(List.of(location), rivers)))
                .hasMessage("rivers.json river 1: flow names adcode 990199, which is not imported");
    }

    @Test
    void refusesALocationThatMatchesNoFile() {
        String missing = folder.resolve("missing.geojson").toUri().toString();

        assertThatThrownBy(() -> reader.read(properties(List.of(missing), files.rivers(List.of()))))
                .isInstanceOf(RegionImportException.class)
                .hasMessageContaining("missing.geojson");
    }

    @Test
    void readsEveryFileAPatternMatches() {
        files.boundaries("a.geojson", district("990101", "甲区", 100, 30));
        files.boundaries("b.geojson", district("990102", "乙区", 100.01, 30));
        String pattern = folder.toUri() + "*.geojson";

        ImportBatch batch = reader.read(properties(List.of(pattern), files.rivers(List.of())));

        assertThat(batch.regions()).extracting(ParsedRegion::adcode).containsExactly("990101", "990102");
    }

    private static RegionProperties properties(List<String> boundaries, String rivers) {
        return new RegionProperties(boundaries, rivers, null);
    }
}
