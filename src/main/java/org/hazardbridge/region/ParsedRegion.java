package org.hazardbridge.region;

/**
 * A region read from a boundary file, with where it came from so that errors can name the place.
 *
 * @param shape the region and its boundary
 * @param file the file name
 * @param featureIndex the index of the feature in the file's FeatureCollection, from 0
 */
record ParsedRegion(RegionShape shape, String file, int featureIndex) {

    String adcode() {
        return shape.adcode();
    }

    String place() {
        return file + " feature " + featureIndex;
    }
}
