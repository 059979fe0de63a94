package org.hazardbridge.region;

/** The administrative level of a region. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    DISTRICT
}
