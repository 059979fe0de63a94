package org.hazardbridge.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.Resource;

/**
 * Reads the regions of one GeoJSON FeatureCollection: {@code adcode}, {@code name}, {@code level} and
 * {@code parent} from the properties, the boundary from the geometry. Every problem is reported with the file and
 * the feature index.
 */
final class GeoJsonRegionParser {

    private static final int MAX_NAME_LENGTH = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final BoundaryReader boundaries = new BoundaryReader();

    List<ParsedRegion> parse(Resource resource) {
        String file = resource.getFilename();
        JsonNode features = readFeatures(resource, file);
        List<ParsedRegion> regions = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            regions.add(parseFeature(features.get(i), file, i));
        }
        return regions;
    }

    private JsonNode readFeatures(Resource resource, String file) {
        JsonNode root = readTree(resource, file);
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            throw new RegionImportException(file + ": not a GeoJSON FeatureCollection");
        }
        return features;
    }

    private JsonNode readTree(Resource resource, String file) {
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new RegionImportException(file + ": cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    private ParsedRegion parseFeature(JsonNode feature, String file, int index) {
        JsonNode properties = feature.path("properties");
        String adcode = adcode(properties, file, index);
        String name = name(properties, file, index);
        RegionLevel level = level(properties, file, index);
        String parent = parent(properties, file, index);

        Geometry boundary = boundaries.read(feature.get("geometry"), file, index);
        RegionShape shape = new RegionShape(new RegionSummary(adcode, name, level, parent), boundary);
        return new ParsedRegion(shape, file, index);
    }

    private static String adcode(JsonNode properties, String file, int index) {
        JsonNode node = required(properties, "adcode", file, index);
        return Adcodes.read(node).orElseThrow(() -> RegionImportException.atFeature(file, index,
                "property 'adcode' must be six digits, was " + node));
    }

    private static String name(JsonNode properties, String file, int index) {
        String name = required(properties, "name", file, index).asText().trim();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw RegionImportException.atFeature(file, index,
                    "property 'name' must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static RegionLevel level(JsonNode properties, String file, int index) {
        String level = required(properties, "level", file, index).asText();
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "province" -> RegionLevel.PROVINCE;
            case "city" -> RegionLevel.CITY;
            case "district" -> RegionLevel.DISTRICT;
            default -> throw RegionImportException.atFeature(file, index,
                    "property 'level' must be province, city or district, was '" + level + "'");
        };
    }

    private static String parent(JsonNode properties, String file, int index) {
        JsonNode parent = properties.get("parent");
        if (parent == null || parent.isNull()) {
            return null;
        }
        JsonNode adcode = parent.isObject() ? parent.get("adcode") : parent;
        return Adcodes.read(adcode).orElseThrow(() -> RegionImportException.atFeature(file, index,
                "property 'parent' must be an adcode or an object with an 'adcode', was " + parent));
    }

    private static JsonNode required(JsonNode properties, String property, String file, int index) {
        JsonNode node = properties.get(property);
        if (node == null || node.isNull()) {
            throw RegionImportException.atFeature(file, index, "property '" + property + "' is missing");
        }
        return node;
    }
}
