package org.hazardbridge.classification;

import java.util.Map;
import java.util.Optional;

/**
 * The classified fields a case may carry and their default levels. Public facts (type, location, grade, status)
 * are the case's own columns; these are kept apart, outside process variables and engine history.
 */
public final class FieldCatalog {

    /** Field name to default level. */
    public static final Map<String, Level> DEFAULTS = Map.of(
            "companyName", Level.RESTRICTED,
            "contacts", Level.RESTRICTED,
            "disposalPlan", Level.RESTRICTED,
            "contingencyPlan", Level.SECRET,
            "criticalInfrastructure", Level.SECRET);

    /** Field name to its Chinese label. */
    public static final Map<String, String> LABELS = Map.of(
            "companyName", "企业名称",
            "contacts", "联系人及联系方式",
            "disposalPlan", "处置方案",
            "contingencyPlan", "地方应急预案",
            "criticalInfrastructure", "关键基础设施坐标");

    private FieldCatalog() {
    }

    static Optional<Level> defaultLevel(String name) {
        return Optional.ofNullable(DEFAULTS.get(name));
    }
}
