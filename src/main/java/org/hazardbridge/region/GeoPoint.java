package org.hazardbridge.region;

import java.util.Locale;

/**
 * A point given as longitude and latitude in degrees. The coordinate system is stated separately, see
 * {@link CoordinateSystem}.
 *
 * @param lon longitude in degrees east, from -180 to 180
 * @param lat latitude in degrees north, from -90 to 90
 */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        requireWithin("lon", lon, 180);
        requireWithin("lat", lat, 90);
    }

    private static void requireWithin(String field, double value, int limit) {
        if (!(value >= -limit && value <= limit)) {
            throw new IllegalArgumentException(field + " must be between -" + limit + " and " + limit + ", was "
                    + value);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%.5f, %.5f)", lon, lat);
    }
}
