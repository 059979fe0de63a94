package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.hazard.IllegalCaseStateException;
import org.springframework.stereotype.Component;

/**
 * 专家评审打分: on creation gives the task its due date (the expert timeout); on completion stores the score in
 * the product only. The form's {@code score} and {@code scoreReason} are local to the task and kept out of the
 * engine's history (see {@code HiddenVariablesPlugin}), so no one reads a score through the engine.
 */
@Component
class RecordScoreListener implements TaskListener {

    private final ExpertScores scores;
    private final GradingProperties properties;
    private final Clock clock;

    RecordScoreListener(ExpertScores scores, GradingProperties properties, Clock clock) {
        this.scores = scores;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setDueDate(Date.from(clock.instant().plus(properties.expertTimeout())));
            return;
        }
        if (task.getOwner() != null) {
            throw new IllegalCaseStateException("专家评审打分只能由受邀专家本人完成，"
                    + "不能委托他人");
        }
        scores.record(ProcessVariables.text(task, CASE_NUMBER), ProcessVariables.text(task, GradingVariables.EXPERT),
                CurrentUser.of(task), task.getVariable(GradingVariables.SCORE),
                ProcessVariables.optionalText(task, GradingVariables.SCORE_REASON));
    }
}
