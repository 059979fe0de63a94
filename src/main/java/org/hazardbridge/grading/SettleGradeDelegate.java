package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.GRADE;
import static org.hazardbridge.hazard.CaseVariables.LEGAL_CLASS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * 确定最终等级: settles the grade from the consensus or from the arbitration, tells every involved region, and
 * sets {@code grade} and {@code legalClass}, from which the later stages take their deadlines.
 */
@Component
class SettleGradeDelegate implements JavaDelegate {

    private final GradeSettlement settlement;

    SettleGradeDelegate(GradeSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = ProcessVariables.text(execution, CASE_NUMBER);
        boolean agree = Boolean.TRUE.equals(execution.getVariable(GradingVariables.OPINIONS_AGREE));

        GradeSettlement.Settled settled = agree
                ? settlement.byConsensus(caseNumber, ProcessVariables.text(execution, GradingVariables.CONSENSUS_GRADE))
                : settlement.byArbitration(caseNumber,
                        ProcessVariables.text(execution, GradingVariables.ARBITRATED_GRADE),
                        ProcessVariables.text(execution, GradingVariables.ARBITRATED_LEGAL_CLASS),
                        ((Number) execution.getVariable(GradingVariables.MEAN_SCORE)).doubleValue());

        execution.setVariable(GRADE, settled.grade());
        execution.setVariable(LEGAL_CLASS, settled.legalClass());
        execution.setVariable(GradingVariables.GRADE_OUTCOME, settled.message());
    }
}
