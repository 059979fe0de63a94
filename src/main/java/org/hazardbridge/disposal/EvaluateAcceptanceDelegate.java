package org.hazardbridge.disposal;

import static org.hazardbridge.hazard.CaseVariables.ALL_ACCEPTED;
import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.REJECTION_REASONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** 汇总验收意见: sets {@code allAccepted}, and the rejecting regions' reasons that go back to disposal. */
@Component
class EvaluateAcceptanceDelegate implements JavaDelegate {

    private final DisposalRecords records;

    EvaluateAcceptanceDelegate(DisposalRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DisposalRecords.Verdict verdict = records.verdict(ProcessVariables.text(execution, CASE_NUMBER));

        execution.setVariable(ALL_ACCEPTED, verdict.allAccepted());
        execution.setVariable(REJECTION_REASONS, verdict.rejectionReasons());
    }
}
