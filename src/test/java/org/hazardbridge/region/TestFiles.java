package org.hazardbridge.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Small boundary and river files written to a temporary folder, one problem at a time. */
final class TestFiles {

    private final Path folder;

    TestFiles(Path folder) {
        this.folder = folder;
    }

    /** A district feature whose boundary is a small square with its south-west corner at the given point. */
    static String district(String adcode, String name, double lon, double lat) {
        return feature("\"adcode\": " + adcode + ", \"name\": \"" + name + "\", \"level\": \"district\","
                + " \"parent\": {\"adcode\": 990000}", square(lon, lat));
    }

    static String feature(String properties, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": {" + properties + "}, \"geometry\": " + geometry + "}";
    }

    static String square(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%3$s, %2$s],"
                + " [%3$s, %4$s], [%1$s, %4$s], [%1$s, %2$s]]]}", lon, lat, lon + 0.01, lat + 0.01);
    }

    /** Writes a FeatureCollection and returns its resource location. */
    String boundaries(String fileName, String... features) {
        return write(fileName, "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features)
                + "]}");
    }

    /** Writes a rivers file with one river per flow and returns its resource location. */
    String rivers(List<String> flows) {
        StringBuilder rivers = new StringBuilder();
        for (int i = 0; i < flows.size(); i++) {
            rivers.append(i == 0 ? "" : ", ").append("{\"name\": \"河").append(i).append("\", \"flow\": [")
                    .append(flows.get(i)).append("]}");
        }
        return write("rivers.json", "{\"rivers\": [" + rivers + "]}");
    }

    String write(String fileName, String content) {
        try {
            Path file = Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
