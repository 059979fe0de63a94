package org.hazardbridge.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hazardbridge.decisions.DecisionFile.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code decisions/local-grading-330421.dmn}: 嘉善县's demo local table, evaluated after the unified one. The table
 * only proposes a grade; that the product applies a proposal only when it raises the unified grade is tested where
 * the product does it, not here.
 */
class LocalGrading330421DecisionTest {

    private static final String KEY = "local-grading-330421";
    private static final DecisionFile FILE = DecisionFile.load("local-grading-330421.dmn");
    private static final List<String> GRADES = List.of("I", "II", "III", "IV");

    @ParameterizedTest(name = "{0}: {1}, {2} t, impact {3}, unified {4} -> {5} {6}")
    @CsvSource({
        "rule-chemicals-50-tonnes, HAZARDOUS_CHEMICALS, 50.0,  LOW,    III, II,  重大事故隐患",
        "rule-chemicals-10-tonnes, HAZARDOUS_CHEMICALS, 10.0,  LOW,    IV,  III, 一般事故隐患",
        "rule-water-high-impact,   WATER_POLLUTION,         ,  SEVERE, IV,  II,  重大事故隐患",
        "rule-other-minor-lenient, OTHER,                   ,  SEVERE, III, IV,  一般事故隐患",
        "rule-keep-unified-i,      ROAD_TRAFFIC,            ,  LOW,    I,   I,   重大事故隐患",
        "rule-keep-unified-ii,     ROAD_TRAFFIC,            ,  LOW,    II,  II,  重大事故隐患",
        "rule-keep-unified-iii,    ROAD_TRAFFIC,            ,  LOW,    III, III, 一般事故隐患",
        "rule-keep-unified-iv,     ROAD_TRAFFIC,            ,  LOW,    IV,  IV,  一般事故隐患",
    })
    void proposesALocalGrade(String rule, String hazardType, Double tonnes, String socialImpact,
            String unifiedGrade, String grade, String legalClass) {
        Evaluation evaluation = FILE.evaluate(KEY, hazard(hazardType, tonnes, socialImpact, unifiedGrade));

        assertThat(evaluation.<String>output("grade")).isEqualTo(grade);
        assertThat(evaluation.<String>output("legalClass")).isEqualTo(legalClass);
        assertThat(evaluation.matchedRules(KEY)).containsExactly(rule);
    }

    @Test
    void raisesAHighImpactWaterPollutionCaseFromThreeToTwo() {
        Evaluation evaluation = FILE.evaluate(KEY, hazard("WATER_POLLUTION", null, "HIGH", "III"));

        assertThat(evaluation.<String>output("grade")).isEqualTo("II");
        assertThat(evaluation.<String>output("legalClass")).isEqualTo("重大事故隐患");
        assertThat(evaluation.matchedRules(KEY)).containsExactly("rule-water-high-impact");
    }

    @Test
    void proposesGradeFourForAMinorOtherCaseThatTheUnifiedTableGradedThree() {
        Map<String, Object> variables = hazard("OTHER", null, "SEVERE", "III");
        variables.put("potentialDirectLossYuan", 999_999L);

        Evaluation evaluation = FILE.evaluate(KEY, variables);

        assertThat(evaluation.<String>output("grade")).isEqualTo("IV");
        assertThat(evaluation.<String>output("legalClass")).isEqualTo("一般事故隐患");
        assertThat(evaluation.matchedRules(KEY)).containsExactly("rule-other-minor-lenient");
    }

    @Test
    void keepsTheUnifiedGradeOfAnOtherCaseWithALossOfOneMillionYuan() {
        Map<String, Object> variables = hazard("OTHER", null, "SEVERE", "III");
        variables.put("potentialDirectLossYuan", 1_000_000L);

        Evaluation evaluation = FILE.evaluate(KEY, variables);

        assertThat(evaluation.<String>output("grade")).isEqualTo("III");
        assertThat(evaluation.matchedRules(KEY)).containsExactly("rule-keep-unified-iii");
    }

    @Test
    void keepsTheUnifiedGradeOfAnOtherCaseWithAPotentialSeriousInjury() {
        Map<String, Object> variables = hazard("OTHER", null, "LOW", "IV");
        variables.put("potentialSeriousInjuries", 1L);

        Evaluation evaluation = FILE.evaluate(KEY, variables);

        assertThat(evaluation.matchedRules(KEY)).containsExactly("rule-keep-unified-iv");
    }

    @ParameterizedTest(name = "{0} t, unified {1} -> {2} by {3}")
    @CsvSource({
        "49.99, IV,  III, rule-chemicals-10-tonnes",
        "50.0,  IV,  II,  rule-chemicals-50-tonnes",
        "9.99,  IV,  IV,  rule-keep-unified-iv",
        "10.0,  III, III, rule-keep-unified-iii",
        "80.0,  I,   I,   rule-keep-unified-i",
        "80.0,  II,  II,  rule-keep-unified-ii",
    })
    void raisesHazardousChemicalsByStoredTonnageButNeverProposesLowerThanTheUnifiedGrade(double tonnes,
            String unifiedGrade, String grade, String rule) {
        Evaluation evaluation = FILE.evaluate(KEY, hazard("HAZARDOUS_CHEMICALS", tonnes, "LOW", unifiedGrade));

        assertThat(evaluation.<String>output("grade")).isEqualTo(grade);
        assertThat(evaluation.matchedRules(KEY)).containsExactly(rule);
    }

    @Test
    void keepsTheUnifiedGradeOfHazardousChemicalsWhenTheReporterGaveNoTonnage() {
        Evaluation withNull = FILE.evaluate(KEY, hazard("HAZARDOUS_CHEMICALS", null, "LOW", "IV"));
        Map<String, Object> absent = hazard("HAZARDOUS_CHEMICALS", null, "LOW", "IV");
        absent.remove("storedHazardousChemicalsTonnes");

        Evaluation withoutVariable = FILE.evaluate(KEY, absent);

        assertThat(withNull.matchedRules(KEY)).containsExactly("rule-keep-unified-iv");
        assertThat(withoutVariable.matchedRules(KEY)).containsExactly("rule-keep-unified-iv");
    }

    @ParameterizedTest(name = "social impact {0}")
    @CsvSource({"LOW", "MEDIUM"})
    void keepsTheUnifiedGradeOfWaterPollutionWithLowOrMediumImpact(String socialImpact) {
        Evaluation evaluation = FILE.evaluate(KEY, hazard("WATER_POLLUTION", null, socialImpact, "III"));

        assertThat(evaluation.matchedRules(KEY)).containsExactly("rule-keep-unified-iii");
    }

    @Test
    void neverProposesALowerGradeExceptByTheLenientRow() {
        for (String unified : GRADES) {
            for (String type : List.of("WATER_POLLUTION", "HAZARDOUS_CHEMICALS", "ROAD_TRAFFIC", "OTHER")) {
                Evaluation evaluation = FILE.evaluate(KEY, hazard(type, 100.0, "SEVERE", unified));
                String proposed = evaluation.output("grade");
                String rule = evaluation.matchedRules(KEY).get(0);

                boolean lower = GRADES.indexOf(proposed) > GRADES.indexOf(unified);
                assertThat(lower).as("%s, unified %s: %s by %s", type, unified, proposed, rule)
                        .isEqualTo(rule.equals("rule-other-minor-lenient") && !unified.equals("IV"));
            }
        }
    }

    /** A hazard with no potential casualties or loss and no major-hazard situation, unless a test says otherwise. */
    private static Map<String, Object> hazard(String hazardType, Double tonnes, String socialImpact,
            String unifiedGrade) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("potentialDeaths", 0L);
        variables.put("potentialSeriousInjuries", 0L);
        variables.put("potentialDirectLossYuan", 0L);
        variables.put("majorHazardSituation", false);
        variables.put("socialImpact", socialImpact);
        variables.put("hazardType", hazardType);
        variables.put("unifiedGrade", unifiedGrade);
        variables.put("storedHazardousChemicalsTonnes", tonnes);
        return variables;
    }
}
