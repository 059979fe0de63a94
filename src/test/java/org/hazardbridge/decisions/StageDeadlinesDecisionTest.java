package org.hazardbridge.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.hazardbridge.decisions.DecisionFile.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code decisions/stage-deadlines.dmn}: the time limit of each stage of a case, by grade. */
class StageDeadlinesDecisionTest {

    private static final DecisionFile FILE = DecisionFile.load("stage-deadlines.dmn");
    private static final List<String> GRADES = List.of("I", "II", "III", "IV");
    private static final List<String> STAGES = List.of(
            "NOTIFICATION", "GRADING", "DISPOSAL", "ACCEPTANCE", "SUPERVISION");

    @ParameterizedTest(name = "{0}: grade {1}, stage {2} -> {3}")
    @CsvSource({
        "rule-notification-i,   I,   NOTIFICATION, PT1H",
        "rule-notification-ii,  II,  NOTIFICATION, PT2H",
        "rule-notification-iii, III, NOTIFICATION, PT12H",
        "rule-notification-iv,  IV,  NOTIFICATION, PT24H",
        "rule-grading-i,        I,   GRADING,      PT12H",
        "rule-grading-ii,       II,  GRADING,      PT24H",
        "rule-grading-iii,      III, GRADING,      P3D",
        "rule-grading-iv,       IV,  GRADING,      P3D",
        "rule-disposal-i,       I,   DISPOSAL,     P7D",
        "rule-disposal-ii,      II,  DISPOSAL,     P15D",
        "rule-disposal-iii,     III, DISPOSAL,     P30D",
        "rule-disposal-iv,      IV,  DISPOSAL,     P30D",
        "rule-acceptance-i,     I,   ACCEPTANCE,   P3D",
        "rule-acceptance-ii,    II,  ACCEPTANCE,   P5D",
        "rule-acceptance-iii,   III, ACCEPTANCE,   P7D",
        "rule-acceptance-iv,    IV,  ACCEPTANCE,   P7D",
        "rule-supervision-i,    I,   SUPERVISION,  PT4H",
        "rule-supervision-ii,   II,  SUPERVISION,  PT8H",
        "rule-supervision-iii,  III, SUPERVISION,  P1D",
        "rule-supervision-iv,   IV,  SUPERVISION,  P1D",
    })
    void setsTheStageDeadlineByGrade(String rule, String grade, String stage, String deadline) {
        Evaluation evaluation = FILE.evaluate("stage-deadlines", Map.of("grade", grade, "stage", stage));

        assertThat(evaluation.<String>output("deadline")).isEqualTo(deadline);
        assertThat(evaluation.matchedRules("stage-deadlines")).containsExactly(rule);
    }

    @ParameterizedTest(name = "grade {0}, stage {1}")
    @MethodSource("everyCombination")
    void givesEveryStageADeadlineThatCamundaTimersAccept(String grade, String stage) throws Exception {
        String deadline = deadline(grade, stage);
        Date start = new Date();

        assertThat(Duration.parse(deadline)).isPositive();
        // DurationHelper is the parser behind a Camunda 7 timer's timeDuration; it throws on what it cannot read.
        assertThat(new DurationHelper(deadline, start).getDateAfter(start)).isAfter(start);
    }

    @ParameterizedTest(name = "grade {0}, stage {1}")
    @MethodSource("everyCombination")
    void matchesExactlyOneRuleForEveryGradeAndStage(String grade, String stage) {
        Evaluation evaluation = FILE.evaluate("stage-deadlines", Map.of("grade", grade, "stage", stage));

        assertThat(evaluation.matchedRules("stage-deadlines")).hasSize(1);
    }

    @Test
    void neverGivesAMoreSevereGradeALongerDeadline() {
        for (String stage : STAGES) {
            List<Duration> byGrade = GRADES.stream().map(grade -> Duration.parse(deadline(grade, stage))).toList();

            assertThat(byGrade).as(stage).isSorted();
        }
    }

    @Test
    void matchesNoRuleForAnUnknownStage() {
        Evaluation evaluation = FILE.evaluate("stage-deadlines", Map.of("grade", "I", "stage", "ARCHIVE"));

        assertThat(evaluation.result()).isEmpty();
        assertThat(evaluation.matchedRules("stage-deadlines")).isEmpty();
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new ArrayList<>();
        GRADES.forEach(grade -> STAGES.forEach(stage -> combinations.add(Arguments.of(grade, stage))));
        return combinations.stream();
    }

    private static String deadline(String grade, String stage) {
        return FILE.evaluate("stage-deadlines", Map.of("grade", grade, "stage", stage)).output("deadline");
    }
}
