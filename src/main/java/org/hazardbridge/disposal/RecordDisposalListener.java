package org.hazardbridge.disposal;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.DISPOSAL_REPORT;
import static org.hazardbridge.hazard.CaseVariables.REGION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** On completion of 处置隐患: stores the region's disposal report; an empty report refuses the completion. */
@Component
class RecordDisposalListener implements TaskListener {

    private final DisposalRecords records;

    RecordDisposalListener(DisposalRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.recordDisposal(ProcessVariables.text(task, CASE_NUMBER), ProcessVariables.text(task, REGION),
                ProcessVariables.optionalText(task, DISPOSAL_REPORT), CurrentUser.of(task));
    }
}
