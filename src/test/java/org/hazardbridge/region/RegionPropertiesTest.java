package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionPropertiesTest {

    @Test
    void defaultsToTheDemoData() {
        RegionProperties properties = RegionProperties.defaults();

        assertThat(properties.boundaries()).hasSize(6).allMatch(location -> location.startsWith("classpath:regions/"));
        assertThat(properties.rivers()).isEqualTo("classpath:regions/rivers.json");
        assertThat(properties.borderToleranceMeters()).isEqualTo(50.0);
    }

    @Test
    void keepsWhatIsConfigured() {
        RegionProperties properties = new RegionProperties(List.of("file:/data/*.geojson"), "file:/data/r.json", 10.0);

        assertThat(properties.boundaries()).containsExactly("file:/data/*.geojson");
        assertThat(properties.rivers()).isEqualTo("file:/data/r.json");
        assertThat(properties.borderToleranceMeters()).isEqualTo(10.0);
    }

    @Test
    void refusesANegativeTolerance() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionProperties(null, null, -1.0))
                .withMessageContaining("border-tolerance-meters");
    }
}
