package org.hazardbridge.hazard;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.DecisionOutcomeException;
import org.hazardbridge.rules.Evaluation;
import org.springframework.stereotype.Component;

/** Reads a stage's time limit from the stage-deadlines table and turns it into a due time. */
@Component
class StageDeadlines {

    static final String DECISION_KEY = "stage-deadlines";

    private final DecisionEvaluator evaluator;

    StageDeadlines(DecisionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The ISO-8601 limit for a stage of a case of the given grade, as the table says. */
    String deadline(String caseNumber, Grade grade, String stage) {
        Evaluation evaluation = evaluator.evaluate(caseNumber, DECISION_KEY, stage,
                Map.of("grade", grade.name(), "stage", stage));
        return evaluation.text("deadline");
    }

    /** The moment a limit such as {@code PT2H} or {@code P15D} runs out, counted from {@code start}. */
    static Instant due(Instant start, String deadline) {
        try {
            return start.plus(Duration.parse(deadline));
        } catch (DateTimeParseException notADuration) {
            return periodDue(start, deadline);
        }
    }

    private static Instant periodDue(Instant start, String deadline) {
        try {
            return start.atOffset(ZoneOffset.UTC).plus(Period.parse(deadline)).toInstant();
        } catch (DateTimeParseException e) {
            throw new DecisionOutcomeException(DECISION_KEY + " gave '" + deadline
                    + "', which is not an ISO-8601 duration");
        }
    }
}
