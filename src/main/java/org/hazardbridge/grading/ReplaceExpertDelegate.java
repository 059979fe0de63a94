package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.HAZARD_TYPE;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.expert.ExpertPool;
import org.springframework.stereotype.Component;

/**
 * 更换评审专家: the expert of this seat did not score in time. Seats the next eligible expert of the draw as this
 * instance's {@code expert}, or sets {@code replacementFound} false so that a supervisor names one.
 */
@Component
class ReplaceExpertDelegate implements JavaDelegate {

    private final ExpertPanel panel;
    private final ExpertPool pool;

    ReplaceExpertDelegate(ExpertPanel panel, ExpertPool pool) {
        this.panel = panel;
        this.pool = pool;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String timedOut = ProcessVariables.text(execution, GradingVariables.EXPERT);
        Optional<String> next = panel.replace(ProcessVariables.text(execution, CASE_NUMBER),
                ProcessVariables.text(execution, HAZARD_TYPE),
                ProcessVariables.texts(execution, GradingVariables.DISPUTING_REGIONS), timedOut);

        String caseNumber = ProcessVariables.text(execution, CASE_NUMBER);
        execution.setVariable(GradingVariables.TIMED_OUT_EXPERT, timedOut);
        execution.setVariable(GradingVariables.PANEL_TEXT, GradingTexts.seated(panel.invited(caseNumber)));
        execution.setVariable(GradingVariables.ELIGIBLE_HINT, next.isPresent() ? "" : GradingTexts.appointable(
                pool.appointable(ProcessVariables.texts(execution, GradingVariables.DISPUTING_REGIONS)),
                panel.seatsOf(caseNumber).stream().map(PanelSeat::expertId).toList()));
        execution.setVariable(GradingVariables.REPLACEMENT_FOUND, next.isPresent());
        next.ifPresent(expert -> execution.setVariable(GradingVariables.EXPERT, expert));
    }
}
