package org.hazardbridge.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void refusesALongitudeOutOfRangeNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(180.5, 31))
                .withMessageStartingWith("lon must be between -180 and 180");
    }

    @Test
    void refusesALatitudeOutOfRangeNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(121, -90.5))
                .withMessageStartingWith("lat must be between -90 and 90");
    }

    @Test
    void refusesNotANumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 31))
                .withMessageContaining("lon");
    }

    @Test
    void acceptsTheLimits() {
        assertThat(new GeoPoint(-180, 90)).isEqualTo(new GeoPoint(-180, 90));
    }

    @Test
    void printsFiveDecimals() {
        assertThat(new GeoPoint(121.5, 31.2)).hasToString("(121.50000, 31.20000)");
    }
}
