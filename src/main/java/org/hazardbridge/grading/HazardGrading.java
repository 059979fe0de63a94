package org.hazardbridge.grading;

import java.util.HashMap;
import java.util.Map;
import org.hazardbridge.hazard.Grade;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardFacts;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grades a case from its potential consequences with the hazard-grading table, and records the grade on it. */
@Service
class HazardGrading {

    static final String DECISION_KEY = "hazard-grading";

    private static final Logger log = LoggerFactory.getLogger(HazardGrading.class);

    private final HazardCases cases;
    private final DecisionEvaluator evaluator;

    HazardGrading(HazardCases cases, DecisionEvaluator evaluator) {
        this.cases = cases;
        this.evaluator = evaluator;
    }

    @Transactional
    HazardCase grade(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        Evaluation evaluation = evaluator.evaluate(caseNumber, DECISION_KEY, null, inputs(hazardCase.facts()));

        Grade grade = Grade.parse(evaluation.text("grade"));
        hazardCase.recordGrade(grade, evaluation.text("legalClass"));
        log.info("Case {} graded {} ({}) by {} v{}", caseNumber, grade, hazardCase.legalClass(), DECISION_KEY,
                evaluation.version());
        return hazardCase;
    }

    private static Map<String, Object> inputs(HazardFacts facts) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("potentialDeaths", facts.potentialDeaths());
        inputs.put("potentialSeriousInjuries", facts.potentialSeriousInjuries());
        inputs.put("potentialDirectLossYuan", facts.potentialDirectLossYuan());
        inputs.put("socialImpact", facts.socialImpact().name());
        inputs.put("majorHazardSituation", facts.majorHazardSituation());
        return inputs;
    }
}
