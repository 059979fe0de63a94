package org.hazardbridge.rules;

import java.util.List;
import java.util.Map;

/**
 * The result of one evaluation of a decision table, with the exact version that produced it.
 *
 * @param decisionKey the table's key
 * @param version the version that was evaluated
 * @param decisionDefinitionId the engine's id of that version
 * @param results one map of output name to value per matched rule
 */
public record Evaluation(String decisionKey, int version, String decisionDefinitionId,
        List<Map<String, Object>> results) {

    /** The single result of a table whose hit policy yields one row; refuses none or several. */
    public Map<String, Object> single() {
        if (results.size() != 1) {
            throw new DecisionOutcomeException(decisionKey + " version " + version + " matched " + results.size()
                    + " rules where exactly one was expected");
        }
        return results.get(0);
    }

    /** One output of the single result, as text; refuses a missing output. */
    public String text(String output) {
        Object value = single().get(output);
        if (value == null) {
            throw new DecisionOutcomeException(decisionKey + " version " + version + " gave no output " + output);
        }
        return value.toString();
    }
}
