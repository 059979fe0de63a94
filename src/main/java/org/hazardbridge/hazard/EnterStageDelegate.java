package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 进入阶段: moves the case into the stage named by the task's input parameter {@code enteringStage} and sets
 * {@code stageDue}, which the stage's tasks take as due date and its escalation timer as firing time.
 */
@Component
class EnterStageDelegate implements JavaDelegate {

    static final String ENTERING_STAGE = "enteringStage";

    private final CaseProgress progress;

    EnterStageDelegate(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStage stage = CaseStage.valueOf(ProcessVariables.text(execution, ENTERING_STAGE));
        String caseNumber = ProcessVariables.text(execution, CASE_NUMBER);

        Date due = Date.from(progress.enterStage(caseNumber, stage));

        execution.setVariable(STAGE, stage.label());
        execution.setVariable(STAGE_DUE, due);
    }
}
