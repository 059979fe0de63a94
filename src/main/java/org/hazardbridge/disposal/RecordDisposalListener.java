package org.hazardbridge.disposal;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.DISPOSAL_REPORT;
import static org.hazardbridge.hazard.CaseVariables.DISPOSAL_REPORTS;
import static org.hazardbridge.hazard.CaseVariables.REGION;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.classification.Level;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.springframework.stereotype.Component;

/**
 * On completion of 处置隐患: stores the region's disposal report (an empty one refuses the completion), and its
 * restricted disposal plan and secret contingency plan as classified fields owned by the region. Those two form
 * fields are task-local and kept out of engine history (see {@code HiddenVariablesPlugin}).
 */
@Component
class RecordDisposalListener implements TaskListener {

    private final DisposalRecords records;
    private final CaseFields fields;
    private final HazardCases cases;

    RecordDisposalListener(DisposalRecords records, CaseFields fields, HazardCases cases) {
        this.records = records;
        this.fields = fields;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = ProcessVariables.text(task, CASE_NUMBER);
        String region = ProcessVariables.text(task, REGION);
        records.recordDisposal(caseNumber, region, ProcessVariables.optionalText(task, DISPOSAL_REPORT),
                CurrentUser.of(task));
        task.getExecution().getProcessInstance().setVariable(DISPOSAL_REPORTS, records.summary(caseNumber));

        HazardCase hazardCase = cases.require(caseNumber);
        fields.store(hazardCase.id(), caseNumber, region, Level.RESTRICTED,
                Map.of("disposalPlan", ProcessVariables.optionalText(task, "disposalPlan")), CurrentUser.of(task));
        fields.store(hazardCase.id(), caseNumber, region, Level.SECRET,
                Map.of("contingencyPlan", ProcessVariables.optionalText(task, "contingencyPlan")),
                CurrentUser.of(task));
    }
}
