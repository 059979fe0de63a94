package org.hazardbridge.grading;

import static org.hazardbridge.hazard.CaseVariables.CASE_NUMBER;
import static org.hazardbridge.hazard.CaseVariables.GRADE;
import static org.hazardbridge.hazard.CaseVariables.LEGAL_CLASS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hazardbridge.common.ProcessVariables;
import org.hazardbridge.hazard.HazardCase;
import org.springframework.stereotype.Component;

/**
 * 评定隐患等级: grades the case and sets {@code grade}, {@code legalClass} and {@code gradingBasis}, the facts
 * and tables the automatic grade rests on, which the opinion and scoring forms show.
 */
@Component
class GradeHazardDelegate implements JavaDelegate {

    private final HazardGrading grading;

    GradeHazardDelegate(HazardGrading grading) {
        this.grading = grading;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HazardGrading.Result result = grading.grade(ProcessVariables.text(execution, CASE_NUMBER));

        HazardCase graded = result.hazardCase();
        execution.setVariable(GRADE, graded.grade().name());
        execution.setVariable(LEGAL_CLASS, graded.legalClass());
        execution.setVariable(GradingVariables.GRADING_BASIS, GradingTexts.basis(result));
    }
}
