package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.CurrentUser;
import org.hazardbridge.common.MarkdownText;
import org.springframework.stereotype.Component;

/**
 * 登记隐患: registers the case of a starting process and makes its case number the business key. Bad input throws,
 * so the start is refused and nothing is stored; Tasklist shows the message on the start form.
 */
@Component
class RegisterHazardDelegate implements JavaDelegate {

    private final HazardIntake intake;

    RegisterHazardDelegate(HazardIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HazardReportRequest request = ReportVariables.fromVariables(execution.getVariables());
        HazardCase hazardCase = intake.register(request, execution.getProcessInstanceId(), reporter(execution));

        execution.setProcessBusinessKey(hazardCase.caseNumber());
        execution.setVariable(CASE_NUMBER, hazardCase.caseNumber());
        execution.setVariable(LOCATION_ADCODE, hazardCase.facts().locationAdcode());
        execution.setVariable(LOCATION_TEXT, hazardCase.facts().locationText());
        execution.setVariable(HAZARD_TYPE_TEXT, hazardCase.facts().type().label());
        execution.setVariable(TITLE_TEXT, MarkdownText.escape(hazardCase.facts().title()));
        execution.setVariable(DESCRIPTION_TEXT, MarkdownText.escape(hazardCase.facts().description()));
        execution.setVariable(ATTACHMENT_LINKS, "");
        execution.setVariable(REJECTION_REASONS, "");
    }

    private static String reporter(DelegateExecution execution) {
        String user = CurrentUser.of(execution);
        Object initiator = execution.getVariable("reporter");
        return user != null ? user : initiator == null ? null : initiator.toString();
    }
}
