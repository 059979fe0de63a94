package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.REGION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On completion of 提交等级认定意见: stores the region's opinion; a bad grade or no reason refuses completion.
 */
@Component
class RecordGradeOpinionListener implements TaskListener {

    private final GradeOpinions opinions;

    RecordGradeOpinionListener(GradeOpinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
        opinions.record(ProcessVariables.text(task, CASE_NUMBER), ProcessVariables.text(task, REGION),
                ProcessVariables.optionalText(task, GradingVariables.GRADE_OPINION),
                ProcessVariables.optionalText(task, GradingVariables.OPINION_REASON), CurrentUser.of(task));
    }
}
