package org.hazardbridge.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
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
 * {@code decisions/hazard-grading.dmn}: the Decree 493 consequence bands ({@code consequence-grade}) and the grade
 * the app uses ({@code hazard-grading}), which adds the major-hazard floor and the social-impact raise.
 */
class HazardGradingDecisionTest {

    private static final DecisionFile FILE = DecisionFile.load("hazard-grading.dmn");
    private static final List<String> GRADES = List.of("I", "II", "III", "IV");
    private static final List<String> SOCIAL_IMPACTS = List.of("LOW", "MEDIUM", "HIGH", "SEVERE");

    /** Potential deaths that land exactly in each consequence grade, and the rule that puts them there. */
    private static final Map<String, Long> DEATHS_BY_GRADE = Map.of("I", 30L, "II", 10L, "III", 3L, "IV", 0L);
    private static final Map<String, String> DEATHS_RULE_BY_GRADE = Map.of(
            "I", "rule-deaths-30", "II", "rule-deaths-10", "III", "rule-deaths-3", "IV", "rule-otherwise-iv");

    @ParameterizedTest(name = "{0}: deaths {1}, injuries {2}, loss {3} yuan -> {4}")
    @CsvSource({
        "rule-deaths-30,        30,   0,         0, I",
        "rule-injuries-100,      0, 100,         0, I",
        "rule-loss-100-million,  0,   0, 100000000, I",
        "rule-deaths-10,        10,   0,         0, II",
        "rule-injuries-50,       0,  50,         0, II",
        "rule-loss-50-million,   0,   0,  50000000, II",
        "rule-deaths-3,          3,   0,         0, III",
        "rule-injuries-10,       0,  10,         0, III",
        "rule-loss-10-million,   0,   0,  10000000, III",
        "rule-otherwise-iv,      2,   9,   9999999, IV",
    })
    void gradesConsequencesByTheDecree493Bands(String rule, long deaths, long injuries, long loss, String grade) {
        Evaluation evaluation = FILE.evaluate("consequence-grade", consequences(deaths, injuries, loss));

        assertThat(evaluation.<String>output("consequenceGrade")).isEqualTo(grade);
        assertThat(evaluation.matchedRules("consequence-grade")).containsExactly(rule);
    }

    @ParameterizedTest(name = "deaths {0}, injuries {1}, loss {2} yuan -> {3} by {4}")
    @CsvSource({
        "29,  0,         0, II,  rule-deaths-10",
        "30,  0,         0, I,   rule-deaths-30",
        " 9,  0,         0, III, rule-deaths-3",
        "10,  0,         0, II,  rule-deaths-10",
        " 2,  0,         0, IV,  rule-otherwise-iv",
        " 3,  0,         0, III, rule-deaths-3",
        " 0, 99,         0, II,  rule-injuries-50",
        " 0,100,         0, I,   rule-injuries-100",
        " 0, 49,         0, III, rule-injuries-10",
        " 0, 50,         0, II,  rule-injuries-50",
        " 0,  9,         0, IV,  rule-otherwise-iv",
        " 0, 10,         0, III, rule-injuries-10",
        " 0,  0,  99999999, II,  rule-loss-50-million",
        " 0,  0, 100000000, I,   rule-loss-100-million",
        " 0,  0,  49999999, III, rule-loss-10-million",
        " 0,  0,  50000000, II,  rule-loss-50-million",
        " 0,  0,   9999999, IV,  rule-otherwise-iv",
        " 0,  0,  10000000, III, rule-loss-10-million",
    })
    void countsTheThresholdIntoTheHigherBandAndTheNumberBelowItIntoTheLowerOne(
            long deaths, long injuries, long loss, String grade, String rule) {
        Evaluation evaluation = FILE.evaluate("consequence-grade", consequences(deaths, injuries, loss));

        assertThat(evaluation.<String>output("consequenceGrade")).isEqualTo(grade);
        assertThat(evaluation.matchedRules("consequence-grade")).containsExactly(rule);
    }

    @Test
    void letsTheMostSevereSingleCriterionDecide() {
        Evaluation evaluation = FILE.evaluate("consequence-grade", consequences(3, 60, 150_000_000));

        assertThat(evaluation.<String>output("consequenceGrade")).isEqualTo("I");
        assertThat(evaluation.matchedRules("consequence-grade")).containsExactly("rule-loss-100-million");
    }

    @ParameterizedTest(name = "{0}: consequence {1}, major situation {2}, social impact {3} -> {4} {5}")
    @CsvSource({
        "rule-cg-i,          I,   false, LOW,    I,   重大事故隐患",
        "rule-cg-ii-severe,  II,  false, SEVERE, I,   重大事故隐患",
        "rule-major-severe,  IV,  true,  SEVERE, I,   重大事故隐患",
        "rule-cg-ii,         II,  false, MEDIUM, II,  重大事故隐患",
        "rule-major,         III, true,  HIGH,   II,  重大事故隐患",
        "rule-cg-iii-severe, III, false, SEVERE, II,  重大事故隐患",
        "rule-cg-iii,        III, false, HIGH,   III, 一般事故隐患",
        "rule-cg-iv-severe,  IV,  false, SEVERE, III, 一般事故隐患",
        "rule-cg-iv-high,    IV,  false, HIGH,   III, 一般事故隐患",
        "rule-cg-iv,         IV,  false, LOW,    IV,  一般事故隐患",
    })
    void gradesTheHazardAndNamesItsLegalClass(String rule, String consequenceGrade, boolean major,
            String socialImpact, String grade, String legalClass) {
        Evaluation evaluation = FILE.evaluate("hazard-grading", report(consequenceGrade, major, socialImpact));

        assertThat(evaluation.<String>output("grade")).isEqualTo(grade);
        assertThat(evaluation.<String>output("legalClass")).isEqualTo(legalClass);
        assertThat(evaluation.matchedRules("hazard-grading")).containsExactly(rule);
    }

    @Test
    void gradesAHighImpactTwentyMillionYuanHazardAsGeneralGradeThree() {
        Map<String, Object> variables = new HashMap<>(consequences(0, 2, 20_000_000));
        variables.put("majorHazardSituation", false);
        variables.put("socialImpact", "HIGH");

        Evaluation evaluation = FILE.evaluate("hazard-grading", variables);

        assertThat(evaluation.<String>output("grade")).isEqualTo("III");
        assertThat(evaluation.<String>output("legalClass")).isEqualTo("一般事故隐患");
        assertThat(evaluation.matchedRules("consequence-grade")).containsExactly("rule-loss-10-million");
        assertThat(evaluation.matchedRules("hazard-grading")).containsExactly("rule-cg-iii");
    }

    @ParameterizedTest(name = "consequence {0}, major situation {1}, social impact {2}")
    @MethodSource("everyCombination")
    void agreesWithTheFloorThenRaiseRuleForEveryCombination(String consequenceGrade, boolean major,
            String socialImpact) {
        String expected = expectedGrade(consequenceGrade, major, socialImpact);

        Evaluation evaluation = FILE.evaluate("hazard-grading", report(consequenceGrade, major, socialImpact));

        assertThat(evaluation.matchedRules("consequence-grade"))
                .containsExactly(DEATHS_RULE_BY_GRADE.get(consequenceGrade));
        assertThat(evaluation.matchedRules("hazard-grading")).hasSize(1);
        assertThat(evaluation.<String>output("grade")).isEqualTo(expected);
        assertThat(evaluation.<String>output("legalClass")).isEqualTo(expectedLegalClass(expected));
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new ArrayList<>();
        for (String grade : GRADES) {
            for (boolean major : new boolean[] {false, true}) {
                SOCIAL_IMPACTS.forEach(impact -> combinations.add(Arguments.of(grade, major, impact)));
            }
        }
        return combinations.stream();
    }

    /**
     * The product rule written out independently of the table: the major-hazard floor first (at least II), then
     * SEVERE raises one level and HIGH lifts only IV to III. Index 0 is grade I, the most severe.
     */
    private static String expectedGrade(String consequenceGrade, boolean major, String socialImpact) {
        int level = GRADES.indexOf(consequenceGrade);
        if (major) {
            level = Math.min(level, 1);
        }
        if (socialImpact.equals("SEVERE")) {
            level = Math.max(level - 1, 0);
        } else if (socialImpact.equals("HIGH") && level == 3) {
            level = 2;
        }
        return GRADES.get(level);
    }

    private static String expectedLegalClass(String grade) {
        return grade.equals("I") || grade.equals("II") ? "重大事故隐患" : "一般事故隐患";
    }

    private static Map<String, Object> report(String consequenceGrade, boolean major, String socialImpact) {
        Map<String, Object> variables = new HashMap<>(consequences(DEATHS_BY_GRADE.get(consequenceGrade), 0, 0));
        variables.put("majorHazardSituation", major);
        variables.put("socialImpact", socialImpact);
        return variables;
    }

    private static Map<String, Object> consequences(long deaths, long injuries, long loss) {
        return Map.of(
                "potentialDeaths", deaths,
                "potentialSeriousInjuries", injuries,
                "potentialDirectLossYuan", loss);
    }
}
