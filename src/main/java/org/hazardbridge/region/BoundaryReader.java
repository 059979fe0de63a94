package org.hazardbridge.region;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a feature's geometry and checks that it is a usable boundary: a non-empty Polygon or MultiPolygon in
 * longitude/latitude range. An invalid polygon (a self-touching ring, say) is repaired rather than refused.
 */
final class BoundaryReader {

    private static final Logger log = LoggerFactory.getLogger(BoundaryReader.class);
    private static final Envelope LON_LAT_RANGE = new Envelope(-180, 180, -90, 90);

    Geometry read(JsonNode geometry, String file, int index) {
        if (geometry == null || geometry.isNull()) {
            throw RegionImportException.atFeature(file, index, "geometry is missing");
        }
        String type = geometry.path("type").asText();
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw RegionImportException.atFeature(file, index,
                    "geometry must be a Polygon or MultiPolygon, was '" + type + "'");
        }
        return checked(parse(geometry, file, index), file, index);
    }

    private static Geometry parse(JsonNode geometry, String file, int index) {
        try {
            return new GeoJsonReader().read(geometry.toString());
        } catch (ParseException | RuntimeException e) {
            throw RegionImportException.atFeature(file, index, "geometry cannot be read: " + e.getMessage());
        }
    }

    private static Geometry checked(Geometry boundary, String file, int index) {
        if (boundary.isEmpty()) {
            throw RegionImportException.atFeature(file, index, "geometry is empty");
        }
        if (!LON_LAT_RANGE.covers(boundary.getEnvelopeInternal())) {
            throw RegionImportException.atFeature(file, index, "geometry lies outside longitude/latitude range");
        }
        return boundary.isValid() ? boundary : repaired(boundary, file, index);
    }

    private static Geometry repaired(Geometry boundary, String file, int index) {
        Geometry fixed = GeometryFixer.fix(boundary);
        if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
            throw RegionImportException.atFeature(file, index, "geometry is invalid and cannot be repaired");
        }
        log.debug("{} feature {}: invalid geometry repaired with GeometryFixer", file, index);
        return fixed;
    }
}
