package org.hazardbridge.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * Reads the rivers file: {@code {"rivers": [{"name": ..., "nameEn": ..., "flow": [adcode, ...]}]}}, the flow
 * listed from upstream to downstream. Checks the file on its own; whether the adcodes are imported is checked
 * later, against all boundary files.
 */
final class RiverParser {

    private static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_NAME_EN_LENGTH = 200;

    private final ObjectMapper json = new ObjectMapper();

    List<RiverFlow> parse(Resource resource) {
        String file = resource.getFilename();
        JsonNode rivers = readTree(resource, file).path("rivers");
        if (!rivers.isArray()) {
            throw new RegionImportException(file + ": property 'rivers' must be an array");
        }
        List<RiverFlow> flows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rivers.size(); i++) {
            RiverFlow river = parseRiver(rivers.get(i), file, i);
            if (!names.add(river.name())) {
                throw atRiver(file, i, "name '" + river.name() + "' is used by an earlier river");
            }
            flows.add(river);
        }
        return flows;
    }

    static RegionImportException atRiver(String file, int index, String problem) {
        return new RegionImportException(file + " river " + index + ": " + problem);
    }

    private JsonNode readTree(Resource resource, String file) {
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new RegionImportException(file + ": cannot be read as JSON: " + e.getMessage(), e);
        }
    }

    private static RiverFlow parseRiver(JsonNode river, String file, int index) {
        String name = text(river, "name", MAX_NAME_LENGTH, file, index);
        if (name == null) {
            throw atRiver(file, index, "property 'name' is missing");
        }
        String nameEn = text(river, "nameEn", MAX_NAME_EN_LENGTH, file, index);
        return new RiverFlow(name, nameEn, flow(river.get("flow"), file, index));
    }

    private static String text(JsonNode river, String property, int maxLength, String file, int index) {
        JsonNode node = river.get(property);
        String text = node == null || node.isNull() ? "" : node.asText().trim();
        if (text.length() > maxLength) {
            throw atRiver(file, index, "property '" + property + "' is longer than " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static List<String> flow(JsonNode flow, String file, int index) {
        if (flow == null || !flow.isArray() || flow.isEmpty()) {
            throw atRiver(file, index, "property 'flow' must be a non-empty array of adcodes");
        }
        List<String> adcodes = new ArrayList<>();
        for (JsonNode node : flow) {
            String adcode = Adcodes.read(node).orElseThrow(() -> atRiver(file, index,
                    "property 'flow' must list six-digit adcodes, found " + node));
            if (adcodes.contains(adcode)) {
                throw atRiver(file, index, "property 'flow' names adcode " + adcode + " twice");
            }
            adcodes.add(adcode);
        }
        return adcodes;
    }
}
