package org.hazardbridge.region;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the region data comes from and how borders are decided. Every field has a default, so the demo data is
 * imported without any configuration.
 *
 * @param boundaries Spring resource locations or patterns of GeoJSON FeatureCollections, imported in this order
 * @param rivers the resource location of the rivers file
 * @param borderToleranceMeters how far outside every district a point may lie and still be given to the nearest
 *     one; it covers the small gaps between boundaries taken from different files
 */
@ConfigurationProperties(prefix = "hazardbridge.regions")
record RegionProperties(List<String> boundaries, String rivers, Double borderToleranceMeters) {

    static final List<String> DEMO_BOUNDARIES = List.of(
            "classpath:regions/demo_zone_3districts.geojson",
            "classpath:regions/neighbour_districts.geojson",
            "classpath:regions/310112_minhang.geojson",
            "classpath:regions/320500_suzhou_city.geojson",
            "classpath:regions/330400_jiaxing_city.geojson",
            "classpath:regions/330500_huzhou_city.geojson");
    static final String DEMO_RIVERS = "classpath:regions/rivers.json";
    static final double DEFAULT_BORDER_TOLERANCE_METERS = 50;

    RegionProperties {
        boundaries = boundaries == null ? DEMO_BOUNDARIES : List.copyOf(boundaries);
        rivers = rivers == null || rivers.isBlank() ? DEMO_RIVERS : rivers;
        borderToleranceMeters = borderToleranceMeters == null
                ? DEFAULT_BORDER_TOLERANCE_METERS : borderToleranceMeters;
        if (!(borderToleranceMeters >= 0) || borderToleranceMeters.isInfinite()) {
            throw new IllegalArgumentException(
                    "hazardbridge.regions.border-tolerance-meters must be zero or more, was " + borderToleranceMeters);
        }
    }

    /** The defaults: the demo data shipped in {@code classpath:regions/}. */
    static RegionProperties defaults() {
        return new RegionProperties(null, null, null);
    }
}
