package org.hazardbridge.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hazardbridge.decisions.DecisionFile.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code decisions/score-to-grade.dmn}: the grade that the mean score of an expert panel maps to. */
class ScoreToGradeDecisionTest {

    private static final DecisionFile FILE = DecisionFile.load("score-to-grade.dmn");

    @ParameterizedTest(name = "{0}: mean score {1} -> {2} {3}")
    @CsvSource({
        "rule-score-85,       92.5, I,   重大事故隐患",
        "rule-score-70,       77.0, II,  重大事故隐患",
        "rule-score-50,       60.0, III, 一般事故隐患",
        "rule-score-under-50, 30.0, IV,  一般事故隐患",
    })
    void mapsTheMeanScoreToAGradeAndItsLegalClass(String rule, double meanScore, String grade, String legalClass) {
        Evaluation evaluation = score(meanScore);

        assertThat(evaluation.<String>output("grade")).isEqualTo(grade);
        assertThat(evaluation.<String>output("legalClass")).isEqualTo(legalClass);
        assertThat(evaluation.matchedRules("score-to-grade")).containsExactly(rule);
    }

    @ParameterizedTest(name = "mean score {0} -> {1} by {2}")
    @CsvSource({
        "100.0, I,   rule-score-85",
        "85.0,  I,   rule-score-85",
        "84.99, II,  rule-score-70",
        "70.0,  II,  rule-score-70",
        "69.99, III, rule-score-50",
        "50.0,  III, rule-score-50",
        "49.99, IV,  rule-score-under-50",
        "0.0,   IV,  rule-score-under-50",
    })
    void countsEachBoundaryIntoTheMoreSevereBand(double meanScore, String grade, String rule) {
        Evaluation evaluation = score(meanScore);

        assertThat(evaluation.<String>output("grade")).isEqualTo(grade);
        assertThat(evaluation.matchedRules("score-to-grade")).containsExactly(rule);
    }

    @ParameterizedTest(name = "scores {0}, {1}, {2} -> {3}")
    @CsvSource({
        "85, 85, 85, I",
        "90, 85, 79, II",
        "70, 70, 70, II",
        "75, 70, 64, III",
    })
    void gradesThePanelByTheUnroundedMeanOfThreeScores(int first, int second, int third, String grade) {
        double mean = (first + second + third) / 3.0;

        assertThat(score(mean).<String>output("grade")).isEqualTo(grade);
    }

    @Test
    void matchesExactlyOneRuleForEveryTenthOfAPointFromZeroToOneHundred() {
        for (int tenths = 0; tenths <= 1_000; tenths++) {
            double meanScore = tenths / 10.0;

            Evaluation evaluation = score(meanScore);

            assertThat(evaluation.matchedRules("score-to-grade")).as("mean score %s", meanScore).hasSize(1);
            assertThat(evaluation.<String>output("grade")).as("mean score %s", meanScore)
                    .isEqualTo(expectedGrade(meanScore));
        }
    }

    @ParameterizedTest(name = "mean score {0}")
    @ValueSource(doubles = {-0.01, 100.01})
    void matchesNoRuleOutsideZeroToOneHundred(double meanScore) {
        Evaluation evaluation = score(meanScore);

        assertThat(evaluation.result()).isEmpty();
        assertThat(evaluation.matchedRules("score-to-grade")).isEmpty();
    }

    /** The product's bands written out independently of the table. */
    private static String expectedGrade(double meanScore) {
        if (meanScore >= 85) {
            return "I";
        }
        if (meanScore >= 70) {
            return "II";
        }
        return meanScore >= 50 ? "III" : "IV";
    }

    private static Evaluation score(double meanScore) {
        return FILE.evaluate("score-to-grade", Map.of("meanScore", meanScore));
    }
}
