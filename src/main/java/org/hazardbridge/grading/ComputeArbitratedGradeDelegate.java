package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/** 计算评审等级: maps the complete panel's mean score to a grade with score-to-grade. */
@Component
class ComputeArbitratedGradeDelegate implements JavaDelegate {

    private final ExpertScores scores;

    ComputeArbitratedGradeDelegate(ExpertScores scores) {
        this.scores = scores;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExpertScores.Outcome outcome = scores.outcome(ProcessVariables.text(execution, CASE_NUMBER));

        execution.setVariable(GradingVariables.MEAN_SCORE, outcome.meanScore());
        execution.setVariable(GradingVariables.ARBITRATED_GRADE, outcome.grade());
        execution.setVariable(GradingVariables.ARBITRATED_LEGAL_CLASS, outcome.legalClass());
    }
}
