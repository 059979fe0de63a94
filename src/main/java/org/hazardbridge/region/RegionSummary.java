package org.hazardbridge.region;

/**
 * A region without its boundary.
 *
 * @param adcode the national administrative division code, six digits
 * @param name the Chinese name, for example 吴江区
 * @param level province, city or district
 * @param parentAdcode the adcode of the parent region, or {@code null} for a region without one; the parent need
 *     not be imported itself
 */
public record RegionSummary(String adcode, String name, RegionLevel level, String parentAdcode) {
}
