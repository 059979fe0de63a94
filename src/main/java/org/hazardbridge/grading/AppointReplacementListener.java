package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** On completion of 指定替补专家: seats the named replacement as this instance's {@code expert}. */
@Component
class AppointReplacementListener implements TaskListener {

    private final ExpertPanel panel;

    AppointReplacementListener(ExpertPanel panel) {
        this.panel = panel;
    }

    @Override
    public void notify(DelegateTask task) {
        String expert = panel.appointReplacement(ProcessVariables.text(task, CASE_NUMBER),
                ProcessVariables.texts(task, GradingVariables.DISPUTING_REGIONS),
                ProcessVariables.text(task, GradingVariables.TIMED_OUT_EXPERT),
                ProcessVariables.optionalText(task, GradingVariables.REPLACEMENT_EXPERT));

        task.getExecution().setVariable(GradingVariables.EXPERT, expert);
    }
}
