package org.hazardbridge.hazard;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of hazard the product knows, with the Chinese name users see. */
public enum HazardType {
    WATER_POLLUTION("水污染"),
    HAZARDOUS_CHEMICALS("危险化学品"),
    ROAD_TRAFFIC("道路交通"),
    BRIDGE_STRUCTURE("桥梁结构"),
    PIPELINE_LEAK("管道泄漏"),
    INDUSTRIAL_FIRE("工业火灾"),
    GEOLOGICAL("地质灾害"),
    OTHER("其他");

    private final String label;

    HazardType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<HazardType> parse(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
