package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.SUPERVISION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** On completion of 督办超期隐患: stores the supervisor's note; an empty note refuses the completion. */
@Component
class RecordSupervisionListener implements TaskListener {

    private final CaseProgress progress;

    RecordSupervisionListener(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = ProcessVariables.optionalText(task, SUPERVISION_NOTE);
        if (note.isEmpty()) {
            throw new InvalidInputException(SUPERVISION_NOTE, "必填：督办意见");
        }
        progress.recordSupervision(ProcessVariables.text(task, CASE_NUMBER), note, CurrentUser.of(task));
    }
}
