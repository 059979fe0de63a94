package org.hazardbridge.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hazardbridge.decisions.DecisionFile.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code decisions/jurisdiction.dmn}: the role and duty of one affected region, given the hazard type and the
 * geometry facts the app computed for that region.
 */
class JurisdictionDecisionTest {

    private static final DecisionFile FILE = DecisionFile.load("jurisdiction.dmn");
    private static final List<String> HAZARD_TYPES = List.of("WATER_POLLUTION", "HAZARDOUS_CHEMICALS",
            "ROAD_TRAFFIC", "BRIDGE_STRUCTURE", "PIPELINE_LEAK", "INDUSTRIAL_FIRE", "GEOLOGICAL", "OTHER");

    @ParameterizedTest(name = "{0}: {1}, location {2}, within radius {3}, downstream {4} -> {5} {6}")
    @CsvSource({
        "rule-primary-water-pollution, WATER_POLLUTION, true, false, false, PRIMARY, 污染源排查与处置",
        "rule-primary-hazardous-chemicals, HAZARDOUS_CHEMICALS, true, false, false, PRIMARY, "
                + "危化品处置与现场管控",
        "rule-primary-road-traffic, ROAD_TRAFFIC, true, false, false, PRIMARY, 道路隐患整改与交通管制",
        "rule-primary-bridge-structure, BRIDGE_STRUCTURE, true, false, false, PRIMARY, 桥梁检测与加固",
        "rule-primary-pipeline-leak, PIPELINE_LEAK, true, false, false, PRIMARY, 管道抢修与泄漏控制",
        "rule-primary-industrial-fire, INDUSTRIAL_FIRE, true, false, false, PRIMARY, 火灾隐患整改与现场处置",
        "rule-primary-geological, GEOLOGICAL, true, false, false, PRIMARY, 地质灾害监测与工程治理",
        "rule-primary-other, OTHER, true, false, false, PRIMARY, 隐患整改与现场处置",
        "rule-downstream-water-pollution, WATER_POLLUTION, false, false, true, CO_RESPONSIBLE, 水质监测",
        "rule-downstream-hazardous-chemicals, HAZARDOUS_CHEMICALS, false, false, true, CO_RESPONSIBLE, "
                + "水质监测与饮用水源保护",
        "rule-downstream-pipeline-leak, PIPELINE_LEAK, false, false, true, CO_RESPONSIBLE, 水质监测",
        "rule-radius-water-pollution, WATER_POLLUTION, false, true, false, CO_RESPONSIBLE, 水质监测",
        "rule-radius-industrial-fire, INDUSTRIAL_FIRE, false, true, false, CO_RESPONSIBLE, 疏散支援与物资保障",
        "rule-radius-hazardous-chemicals, HAZARDOUS_CHEMICALS, false, true, false, CO_RESPONSIBLE, "
                + "疏散支援与物资保障",
        "rule-radius-pipeline-leak, PIPELINE_LEAK, false, true, false, CO_RESPONSIBLE, 监测与抢修支援",
        "rule-radius-road-traffic, ROAD_TRAFFIC, false, true, false, CO_RESPONSIBLE, 交通管制与绕行引导",
        "rule-radius-bridge-structure, BRIDGE_STRUCTURE, false, true, false, CO_RESPONSIBLE, "
                + "交通管制与绕行引导",
        "rule-radius-geological, GEOLOGICAL, false, true, false, CO_RESPONSIBLE, 监测预警与人员疏散",
        "rule-radius-other, OTHER, false, true, false, CO_RESPONSIBLE, 协助处置",
        "rule-downstream-informed, ROAD_TRAFFIC, false, false, true, INFORMED, 知悉",
        "rule-not-involved, WATER_POLLUTION, false, false, false, NONE, ''",
    })
    void assignsRoleAndDutyToARegion(String rule, String hazardType, boolean isLocation, boolean withinRadius,
            boolean downstream, String role, String duty) {
        Evaluation evaluation = FILE.evaluate("jurisdiction", region(hazardType, isLocation, withinRadius, downstream));

        assertThat(evaluation.<String>output("role")).isEqualTo(role);
        assertThat(evaluation.<String>output("duty")).isEqualTo(duty);
        assertThat(evaluation.matchedRules("jurisdiction")).containsExactly(rule);
    }

    @Test
    void makesWujiangPrimaryAndItsDownstreamNeighboursWithinRadiusMonitorWaterQuality() {
        Evaluation wujiang = FILE.evaluate("jurisdiction", region("WATER_POLLUTION", true, true, false));
        Evaluation jiashan = FILE.evaluate("jurisdiction", region("WATER_POLLUTION", false, true, true));
        Evaluation qingpu = FILE.evaluate("jurisdiction", region("WATER_POLLUTION", false, true, true));

        assertThat(wujiang.<String>output("role")).isEqualTo("PRIMARY");
        assertThat(wujiang.<String>output("duty")).isEqualTo("污染源排查与处置");
        for (Evaluation neighbour : List.of(jiashan, qingpu)) {
            assertThat(neighbour.<String>output("role")).isEqualTo("CO_RESPONSIBLE");
            assertThat(neighbour.<String>output("duty")).isEqualTo("水质监测");
        }
    }

    @Test
    void givesTheLocationThePrimaryRoleEvenWhenItIsAlsoWithinRadiusAndDownstream() {
        Evaluation evaluation = FILE.evaluate("jurisdiction", region("HAZARDOUS_CHEMICALS", true, true, true));

        assertThat(evaluation.<String>output("role")).isEqualTo("PRIMARY");
        assertThat(evaluation.matchedRules("jurisdiction")).containsExactly("rule-primary-hazardous-chemicals");
    }

    @Test
    void prefersTheDownstreamWaterDutyOverTheRadiusDutyForChemicals() {
        Evaluation evaluation = FILE.evaluate("jurisdiction", region("HAZARDOUS_CHEMICALS", false, true, true));

        assertThat(evaluation.<String>output("duty")).isEqualTo("水质监测与饮用水源保护");
        assertThat(evaluation.matchedRules("jurisdiction")).containsExactly("rule-downstream-hazardous-chemicals");
    }

    @Test
    void givesATypeWithoutItsOwnRowsTheGenericDuties() {
        Evaluation location = FILE.evaluate("jurisdiction", region("DAM_FAILURE", true, false, false));
        Evaluation nearby = FILE.evaluate("jurisdiction", region("DAM_FAILURE", false, true, false));

        assertThat(location.matchedRules("jurisdiction")).containsExactly("rule-primary-other");
        assertThat(nearby.matchedRules("jurisdiction")).containsExactly("rule-radius-other");
    }

    @ParameterizedTest(name = "{0}, location {1}, within radius {2}, downstream {3}")
    @MethodSource("everyCombination")
    void involvesARegionOnlyThroughItsGeometry(String hazardType, boolean isLocation, boolean withinRadius,
            boolean downstream) {
        Evaluation evaluation = FILE.evaluate("jurisdiction", region(hazardType, isLocation, withinRadius, downstream));
        String role = evaluation.output("role");
        String duty = evaluation.output("duty");

        assertThat(evaluation.matchedRules("jurisdiction")).hasSize(1);
        assertThat(role.equals("PRIMARY")).isEqualTo(isLocation);
        assertThat(role.equals("NONE")).isEqualTo(!isLocation && !withinRadius && !downstream);
        assertThat(duty.isEmpty()).isEqualTo(role.equals("NONE"));
        if (role.equals("INFORMED")) {
            assertThat(downstream).isTrue();
            assertThat(withinRadius).isFalse();
        }
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new ArrayList<>();
        boolean[] flags = {false, true};
        for (String type : HAZARD_TYPES) {
            for (boolean isLocation : flags) {
                for (boolean withinRadius : flags) {
                    for (boolean downstream : flags) {
                        combinations.add(Arguments.of(type, isLocation, withinRadius, downstream));
                    }
                }
            }
        }
        return combinations.stream();
    }

    private static Map<String, Object> region(String hazardType, boolean isLocation, boolean withinRadius,
            boolean downstream) {
        return Map.of(
                "hazardType", hazardType,
                "isLocation", isLocation,
                "withinRadius", withinRadius,
                "downstream", downstream);
    }
}
