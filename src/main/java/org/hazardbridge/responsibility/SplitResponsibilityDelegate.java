package org.hazardbridge.responsibility;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.NOTIFIED_REGIONS;
import static org.hazardbridge.hazard.CaseVariables.RESPONSIBLE_REGIONS;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.security.RegionAuthorizations;
import org.springframework.stereotype.Component;

/**
 * 划分责任: splits responsibility, sets the lists of notified and responsible regions (adcodes), and lets the
 * notified regions see the case in the engine.
 */
@Component
class SplitResponsibilityDelegate implements JavaDelegate {

    private final ResponsibilitySplit split;
    private final RegionAuthorizations authorizations;

    SplitResponsibilityDelegate(ResponsibilitySplit split, RegionAuthorizations authorizations) {
        this.split = split;
        this.authorizations = authorizations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HazardCase hazardCase = split.split(ProcessVariables.text(execution, CASE_NUMBER));

        execution.setVariable(NOTIFIED_REGIONS, new ArrayList<>(ResponsibilitySplit.notified(hazardCase)));
        execution.setVariable(RESPONSIBLE_REGIONS, new ArrayList<>(ResponsibilitySplit.responsible(hazardCase)));
        authorizations.grantCase(hazardCase.caseNumber(), execution.getProcessInstanceId(),
                ResponsibilitySplit.notified(hazardCase));
    }
}
