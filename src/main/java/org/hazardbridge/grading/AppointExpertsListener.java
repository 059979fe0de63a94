package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On completion of 指定评审专家: seats the experts the supervisor named and sets {@code panel} to the whole
 * panel; names that may not sit, or a panel still under three, refuse the completion.
 */
@Component
class AppointExpertsListener implements TaskListener {

    private final ExpertPanel panel;

    AppointExpertsListener(ExpertPanel panel) {
        this.panel = panel;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> seated = panel.appoint(ProcessVariables.text(task, CASE_NUMBER),
                ProcessVariables.texts(task, GradingVariables.DISPUTING_REGIONS),
                ProcessVariables.optionalText(task, GradingVariables.APPOINTED_EXPERTS));

        task.getExecution().setVariable(GradingVariables.PANEL, new ArrayList<>(seated));
    }
}
