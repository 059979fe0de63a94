package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardbridge.region.TestFiles.district;
import static org.hazardbridge.region.TestFiles.feature;
import static org.hazardbridge.region.TestFiles.square;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import against H2 with the Flyway schema and {@code ddl-auto=validate}. Tests run outside a test transaction,
 * so that each import commits or rolls back for real.
 */
@DataJpaTest(properties = "spring.flyway.target=1")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({RegionStore.class, RegionDirectory.class, RegionImporter.class})
class RegionImportTest {

    @TempDir
    Path folder;

    @Autowired
    RegionRepository regions;

    @Autowired
    RiverRepository rivers;

    @Autowired
    RegionStore store;

    @Autowired
    RegionDirectory directory;

    @Autowired
    ResourceLoader resourceLoader;

    private TestFiles files;

    @BeforeEach
    void importDemoData() {
        files = new TestFiles(folder);
        importer(RegionProperties.defaults()).importConfiguredFiles();
    }

    @Test
    void storesTheDemoRegionsAndRivers() {
        assertThat(regions.count()).isEqualTo(16);
        assertThat(rivers.findAllByOrderByIdAsc()).extracting(river -> river.toFlow().adcodes()).containsExactly(
                List.of("320509", "330421", "310118", "310117"), List.of("310118", "310117", "310112"));
        assertThat(regions.findById("310118")).hasValueSatisfying(qingpu -> {
            assertThat(qingpu.summary().parentAdcode()).isEqualTo("310000");
            assertThat(qingpu.source()).isEqualTo("demo_zone_3districts.geojson");
        });
    }

    @Test
    void rebuildsTheDirectoryFromTheDatabaseAfterAnImport() {
        assertThat(directory.locate(new GeoPoint(120.88, 31.02), CoordinateSystem.GCJ02).adcode())
                .isEqualTo("320509");
        assertThat(directory.districts()).hasSize(13);
    }

    @Test
    void updatesExistingRegionsAndReplacesTheRivers() {
        Instant before = regions.findById("310118").orElseThrow().importedAt();
        String renamed = files.boundaries("renamed.geojson", feature("\"adcode\": 310118, \"name\": \"青浦新区\","
                + " \"level\": \"district\", \"parent\": 310000", square(121.0, 31.1)));

        importer(new RegionProperties(List.of(renamed), files.rivers(List.of("310118")), null)).importConfiguredFiles();

        Region qingpu = regions.findById("310118").orElseThrow();
        assertThat(qingpu.summary().name()).isEqualTo("青浦新区");
        assertThat(qingpu.importedAt()).isAfterOrEqualTo(before);
        assertThat(regions.count()).isEqualTo(16);
        assertThat(rivers.findAllByOrderByIdAsc()).extracting(river -> river.toFlow().name()).containsExactly("河0");
        assertThat(directory.find("310118"))
                .hasValueSatisfying(region -> assertThat(region.name()).isEqualTo("青浦新区"));
    }

    @Test
    void writesNothingWhenAFeatureLacksItsAdcode() {
        String valid = files.boundaries("valid.geojson", district("990101", "甲区", 100, 30));
        String broken = files.boundaries("broken.geojson", district("990102", "乙区", 100.01, 30),
                feature("\"name\": \"丙区\", \"level\": \"district\"", square(100.02, 30)));

        assertThatThrownBy(() -> importer(new RegionProperties(List.of(valid, broken), files.rivers(List.of()),
                null)).importConfiguredFiles()).isInstanceOf(RegionImportException.class)
                .hasMessage("broken.geojson feature 1: property 'adcode' is missing");

        assertThatDemoDataIsUntouched();
    }

    @Test
    void writesNothingWhenAnAdcodeIsDuplicated() {
        String first = files.boundaries("first.geojson", district("990101", "甲区", 100, 30));
        String second = files.boundaries("second.geojson", district("990101", "甲区", 100.01, 30));

        assertThatThrownBy(() -> importer(new RegionProperties(List.of(first, second), files.rivers(List.of()),
                null)).importConfiguredFiles()).hasMessageStartingWith("second.geojson feature 0: adcode 990101");

        assertThatDemoDataIsUntouched();
    }

    @Test
    void writesNothingWhenARiverNamesAnUnknownAdcode() {
        String one = files.boundaries("one.geojson", district("990101", "甲区", 100, 30));

        assertThatThrownBy(() -> importer(new RegionProperties(List.of(one), files.rivers(List.of("990101, 990199")),
                null)).importConfiguredFiles()).hasMessageContaining("adcode 990199, which is not imported");

        assertThatDemoDataIsUntouched();
    }

    @Test
    void rollsBackTheRegionsWhenWritingTheRiversFails() {
        ImportBatch valid = new RegionSourceReader(resourceLoader).read(new RegionProperties(
                List.of(files.boundaries("new.geojson", district("990101", "甲区", 100, 30))),
                files.rivers(List.of("990101")), null));
        // A name longer than its column passes no validation, so the database refuses it after the regions.
        RiverFlow tooLong = new RiverFlow("河".repeat(300), null, List.of("990101"));
        ImportBatch failing = new ImportBatch(valid.regions(), List.of(tooLong), 2);

        assertThatThrownBy(() -> store.write(failing, Instant.now())).isInstanceOf(DataAccessException.class);

        assertThatDemoDataIsUntouched();
    }

    private void assertThatDemoDataIsUntouched() {
        assertThat(regions.count()).isEqualTo(16);
        assertThat(regions.existsById("990101")).isFalse();
        assertThat(rivers.findAllByOrderByIdAsc()).extracting(river -> river.toFlow().name())
                .containsExactly("太浦河", "黄浦江上游");
    }

    private RegionImporter importer(RegionProperties properties) {
        return new RegionImporter(properties, resourceLoader, store, directory);
    }

    @SpringBootConfiguration
    @AutoConfigurationPackage
    @EnableConfigurationProperties(RegionProperties.class)
    static class RegionSlice {
    }
}
