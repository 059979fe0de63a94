package org.hazardbridge.region;

/**
 * Converts WGS84 points to GCJ-02 with the public conversion formula on the Krasovsky ellipsoid. Points outside the
 * rough bounding box of China are returned unchanged, as GCJ-02 applies no offset there.
 */
final class CoordinateConverter {

    private static final double KRASOVSKY_SEMI_MAJOR_AXIS = 6378245.0;
    private static final double KRASOVSKY_ECCENTRICITY_SQUARED = 0.00669342162296594323;

    private CoordinateConverter() {
    }

    static GeoPoint toGcj02(GeoPoint point, CoordinateSystem crs) {
        return crs == CoordinateSystem.WGS84 ? wgs84ToGcj02(point) : point;
    }

    static GeoPoint wgs84ToGcj02(GeoPoint wgs84) {
        if (outsideChina(wgs84)) {
            return wgs84;
        }
        double x = wgs84.lon() - 105.0;
        double y = wgs84.lat() - 35.0;
        double latRadians = Math.toRadians(wgs84.lat());
        double sinLat = Math.sin(latRadians);
        double w = 1 - KRASOVSKY_ECCENTRICITY_SQUARED * sinLat * sinLat;
        double sqrtW = Math.sqrt(w);

        double meridianRadius = KRASOVSKY_SEMI_MAJOR_AXIS * (1 - KRASOVSKY_ECCENTRICITY_SQUARED) / (w * sqrtW);
        double parallelRadius = KRASOVSKY_SEMI_MAJOR_AXIS / sqrtW * Math.cos(latRadians);
        double dLat = latitudeOffset(x, y) * 180.0 / (meridianRadius * Math.PI);
        double dLon = longitudeOffset(x, y) * 180.0 / (parallelRadius * Math.PI);
        return new GeoPoint(wgs84.lon() + dLon, wgs84.lat() + dLat);
    }

    private static boolean outsideChina(GeoPoint point) {
        return point.lon() < 72.004 || point.lon() > 137.8347 || point.lat() < 0.8293 || point.lat() > 55.8271;
    }

    private static double latitudeOffset(double x, double y) {
        double offset = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        offset += commonWave(x);
        offset += (20.0 * sinPi(y) + 40.0 * sinPi(y / 3.0)) * 2.0 / 3.0;
        offset += (160.0 * sinPi(y / 12.0) + 320.0 * sinPi(y / 30.0)) * 2.0 / 3.0;
        return offset;
    }

    private static double longitudeOffset(double x, double y) {
        double offset = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        offset += commonWave(x);
        offset += (20.0 * sinPi(x) + 40.0 * sinPi(x / 3.0)) * 2.0 / 3.0;
        offset += (150.0 * sinPi(x / 12.0) + 300.0 * sinPi(x / 30.0)) * 2.0 / 3.0;
        return offset;
    }

    private static double commonWave(double x) {
        return (20.0 * sinPi(6.0 * x) + 20.0 * sinPi(2.0 * x)) * 2.0 / 3.0;
    }

    private static double sinPi(double value) {
        return Math.sin(value * Math.PI);
    }
}
