package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 记录超期: marks the overdue stage as escalated and sets {@code supervisionDue}, local to the escalation path, as
 * the due date of the supervisors' task.
 */
@Component
class RecordEscalationDelegate implements JavaDelegate {

    static final String SUPERVISION_DUE = "supervisionDue";

    private final CaseProgress progress;

    RecordEscalationDelegate(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = Date.from(progress.escalate(ProcessVariables.text(execution, CASE_NUMBER)));
        execution.setVariableLocal(SUPERVISION_DUE, due);
    }
}
