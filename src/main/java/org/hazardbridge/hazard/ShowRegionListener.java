package org.hazardbridge.hazard;

import static org.hazardbridge.hazard.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On creation of a region's instance of a multi-instance task: sets the task-local {@code regionName},
 * {@code regionRole} and {@code regionDuty}, which its form and the Tasklist filters show.
 */
@Component
class ShowRegionListener implements TaskListener {

    private final HazardCases cases;

    ShowRegionListener(HazardCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = ProcessVariables.text(task, CASE_NUMBER);
        String adcode = ProcessVariables.text(task, REGION);
        CaseRegion region = cases.require(caseNumber).region(adcode).orElseThrow(() -> new IllegalStateException(
                "region " + adcode + " is not part of case " + caseNumber));

        task.setVariableLocal(REGION_NAME, region.name());
        task.setVariableLocal(REGION_ROLE, roleText(region.role()));
        task.setVariableLocal(REGION_DUTY, region.duty() == null || region.duty().isBlank() ? "知悉" : region.duty());
    }

    private static String roleText(RegionRole role) {
        return switch (role == null ? RegionRole.NONE : role) {
            case PRIMARY -> "主责";
            case CO_RESPONSIBLE -> "协同";
            case INFORMED -> "知悉";
            case NONE -> "无";
        };
    }
}
