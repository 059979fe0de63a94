package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** 结案: closes the case once every involved region has accepted. */
@Component
class CloseCaseDelegate implements JavaDelegate {

    private final CaseProgress progress;

    CloseCaseDelegate(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.close(ProcessVariables.text(execution, CASE_NUMBER));
    }
}
