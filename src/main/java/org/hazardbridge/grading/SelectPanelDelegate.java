package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.HAZARD_TYPE;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.expert.ExpertPool;
import org.springframework.stereotype.Component;

/**
 * 遴选评审专家: draws the panel and sets {@code panel}, {@code panelReady}, {@code panelText} and
 * {@code expertTimeout}; when too few are eligible, {@code eligibleHint} lists whom supervisors may appoint.
 */
@Component
class SelectPanelDelegate implements JavaDelegate {

    private final ExpertPanel panel;
    private final ExpertPool pool;
    private final GradeOpinions opinions;
    private final GradingProperties properties;

    SelectPanelDelegate(ExpertPanel panel, ExpertPool pool, GradeOpinions opinions, GradingProperties properties) {
        this.panel = panel;
        this.opinions = opinions;
        this.pool = pool;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        opinions.requireDispute(ProcessVariables.text(execution, CASE_NUMBER));
        ExpertPanel.Draw draw = panel.draw(ProcessVariables.text(execution, CASE_NUMBER),
                ProcessVariables.text(execution, HAZARD_TYPE),
                ProcessVariables.texts(execution, GradingVariables.DISPUTING_REGIONS));

        execution.setVariable(GradingVariables.PANEL, new ArrayList<>(draw.seated()));
        execution.setVariable(GradingVariables.PANEL_READY, draw.ready());
        execution.setVariable(GradingVariables.PANEL_TEXT, GradingTexts.panel(draw.seated(), draw.eligible()));
        execution.setVariable(GradingVariables.EXPERT_TIMEOUT, properties.expertTimeout().toString());
        execution.setVariable(GradingVariables.ELIGIBLE_HINT, draw.ready() ? ""
                : GradingTexts.appointable(pool.appointable(ProcessVariables.texts(execution,
                        GradingVariables.DISPUTING_REGIONS)), draw.seated()));
    }
}
