package org.hazardbridge.disposal;

import static org.hazardbridge.hazard.CaseVariables.ACCEPTANCE_REPORT;
import static org.hazardbridge.hazard.CaseVariables.ACCEPTED;
import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.REGION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** On completion of 验收隐患: stores the region's verdict and report; a missing verdict refuses the completion. */
@Component
class RecordAcceptanceListener implements TaskListener {

    private final DisposalRecords records;

    RecordAcceptanceListener(DisposalRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.recordReview(ProcessVariables.text(task, CASE_NUMBER), ProcessVariables.text(task, REGION),
                ProcessVariables.answer(task, ACCEPTED), ProcessVariables.optionalText(task, ACCEPTANCE_REPORT),
                CurrentUser.of(task));
    }
}
