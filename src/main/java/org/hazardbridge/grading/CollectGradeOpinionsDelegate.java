package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 汇总等级意见: sets whether the opinions agree, the consensus grade or the disputing regions, and their text.
 */
@Component
class CollectGradeOpinionsDelegate implements JavaDelegate {

    private final GradeOpinions opinions;

    CollectGradeOpinionsDelegate(GradeOpinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradeOpinions.Verdict verdict = opinions.verdict(ProcessVariables.text(execution, CASE_NUMBER));

        execution.setVariable(GradingVariables.OPINIONS_AGREE, verdict.agree());
        execution.setVariable(GradingVariables.CONSENSUS_GRADE,
                verdict.consensus() == null ? null : verdict.consensus().name());
        execution.setVariable(GradingVariables.DISPUTING_REGIONS, new ArrayList<>(verdict.disputingRegions()));
        execution.setVariable(GradingVariables.GRADE_OPINIONS, verdict.opinionsText());
    }
}
