package org.hazardbridge.hazard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hazard report as it arrives, from {@code POST /api/hazards} or from the start form in Tasklist. The rules here
 * catch malformed input; the type and the location are checked against what the product knows when it registers.
 * Restricted (受限) and secret (涉密) fields come only through the API and never become process variables.
 */
public record HazardReportRequest(
        @NotBlank(message = "必填：隐患类型") String type,
        @NotBlank(message = "必填：隐患标题")
        @Size(max = 200, message = "隐患标题不得超过 200 字") String title,
        @NotBlank(message = "必填：隐患描述")
        @Size(max = 4000, message = "隐患描述不得超过 4000 字") String description,
        @NotNull(message = "必填：隐患位置") @Valid Location location,
        @NotNull(message = "必填：影响半径（米）")
        @Min(value = 0, message = "影响半径不得小于 0 米")
        @Max(value = 100_000, message = "影响半径不得大于 100000 米") Integer impactRadiusMeters,
        @NotNull(message = "必填：可能后果") @Valid Consequences consequences,
        @NotNull(message = "必填：是否属于重大事故隐患判定标准所列情形")
        Boolean majorHazardSituation,
        Map<@Pattern(regexp = "storedHazardousChemicalsTonnes", message = UNKNOWN_FACT) String,
                @NotNull(message = "须为数字")
                @DecimalMin(value = "0", message = "不得小于 0") Double> localFacts,
        Map<String, String> restricted,
        Map<String, String> secret) {

    static final String UNKNOWN_FACT = "未知的地方分级事实，可选：storedHazardousChemicalsTonnes";

    /** The most deaths, and the most serious injuries, a report may give (see {@link Consequences}). */
    public static final long MAX_PEOPLE = 1_000_000L;

    /** The largest direct loss in yuan a report may give: 10 万亿元 (see {@link Consequences}). */
    public static final long MAX_LOSS_YUAN = 10_000_000_000_000L;

    /** The local facts a report may carry for a region's own grading table. */
    public static final List<String> LOCAL_FACTS = List.of("storedHazardousChemicalsTonnes");

    public HazardReportRequest {
        localFacts = localFacts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(localFacts));
        restricted = restricted == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(restricted));
        secret = secret == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secret));
    }

    /** A report without classified fields, as the Tasklist start form submits it. */
    public HazardReportRequest(String type, String title, String description, Location location,
            Integer impactRadiusMeters, Consequences consequences, Boolean majorHazardSituation,
            Map<String, Double> localFacts) {
        this(type, title, description, location, impactRadiusMeters, consequences, majorHazardSituation, localFacts,
                null, null);
    }

    /** A coordinate and the system it is given in. */
    public record Location(
            @NotNull(message = "必填：经度")
            @DecimalMin(value = "-180", message = "经度须在 -180 到 180 之间")
            @DecimalMax(value = "180", message = "经度须在 -180 到 180 之间") Double lon,
            @NotNull(message = "必填：纬度")
            @DecimalMin(value = "-90", message = "纬度须在 -90 到 90 之间")
            @DecimalMax(value = "90", message = "纬度须在 -90 到 90 之间") Double lat,
            @NotNull(message = "必填：坐标系")
            @Pattern(regexp = "WGS84|GCJ02", message = "坐标系须为 WGS84 或 GCJ02") String crs) {
    }

    /**
     * What the hazard could cause if it turned into an accident. The upper bounds only refuse typing errors: they
     * lie orders of magnitude above the grading tables' top thresholds (30 deaths, 100 serious injuries, 100 million
     * yuan) and below 2^53, where Tasklist's forms (JavaScript numbers) would start to round a count.
     */
    public record Consequences(
            @NotNull(message = "必填：可能造成的死亡人数")
            @Min(value = 0, message = "死亡人数不得小于 0")
            @Max(value = MAX_PEOPLE, message = "死亡人数不得大于 {value}") Long potentialDeaths,
            @NotNull(message = "必填：可能造成的重伤人数")
            @Min(value = 0, message = "重伤人数不得小于 0")
            @Max(value = MAX_PEOPLE, message = "重伤人数不得大于 {value}") Long potentialSeriousInjuries,
            @NotNull(message = "必填：可能造成的直接经济损失（元）")
            @Min(value = 0, message = "直接经济损失不得小于 0")
            @Max(value = MAX_LOSS_YUAN, message = "直接经济损失不得大于 {value} 元（10 万亿元）")
            Long potentialDirectLossYuan,
            @NotNull(message = "必填：社会影响")
            @Pattern(regexp = "LOW|MEDIUM|HIGH|SEVERE", message = "社会影响须为 LOW、MEDIUM、HIGH 或 SEVERE")
            String socialImpact) {
    }
}
