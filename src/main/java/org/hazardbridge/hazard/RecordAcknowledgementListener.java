package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.REGION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** On completion of 接收隐患通报: records that the task's region has acknowledged the notice, and who did. */
@Component
class RecordAcknowledgementListener implements TaskListener {

    private final CaseProgress progress;

    RecordAcknowledgementListener(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        progress.acknowledge(ProcessVariables.text(task, CASE_NUMBER), ProcessVariables.text(task, REGION),
                CurrentUser.of(task));
    }
}
