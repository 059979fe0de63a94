package org.hazardbridge.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The start form's variables as the process reads them: each count of the wrong kind is named with its rule. */
class ReportVariablesTest {

    @Test
    void namesAFractionAsNotWholeAndAHugeCountAsOutOfRange() {
        Map<String, Object> variables = new HashMap<>(ReportVariables.toVariables(CaseScenario.taipuWaterPollution()));
        variables.put("potentialDeaths", 1.5);
        variables.put("potentialSeriousInjuries", 1.0e16);
        variables.put("potentialDirectLossYuan", "2e13");

        assertThatThrownBy(() -> ReportVariables.fromVariables(variables)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("potentialDeaths", "须为整数"),
                        new FieldProblem("potentialSeriousInjuries", "超出允许范围")));
    }

    @Test
    void readsAWholeCountBeyondTheReportsBoundForTheRulesToRefuse() {
        Map<String, Object> variables = new HashMap<>(ReportVariables.toVariables(CaseScenario.taipuWaterPollution()));
        variables.put("potentialDirectLossYuan", "20000000000000");

        assertThat(ReportVariables.fromVariables(variables).consequences().potentialDirectLossYuan())
                .isEqualTo(20_000_000_000_000L);
    }
}
