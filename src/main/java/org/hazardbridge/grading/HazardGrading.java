package org.hazardbridge.grading;

import java.util.HashMap;
import java.util.Map;
import org.hazardbridge.hazard.Grade;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardFacts;
import org.hazardbridge.hazard.HazardReportRequest;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades a case from its potential consequences: the unified hazard-grading table first, then the location
 * region's own table {@code local-grading-<adcode>} when one is deployed. A local table may raise the grade, never
 * lower it: a lower proposal is recorded and set aside.
 */
@Service
class HazardGrading {

    static final String DECISION_KEY = "hazard-grading";
    static final String LOCAL_PREFIX = "local-grading-";

    private static final Logger log = LoggerFactory.getLogger(HazardGrading.class);

    private final HazardCases cases;
    private final DecisionEvaluator evaluator;

    HazardGrading(HazardCases cases, DecisionEvaluator evaluator) {
        this.cases = cases;
        this.evaluator = evaluator;
    }

    @Transactional
    Result grade(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        Evaluation unified = evaluator.evaluate(caseNumber, DECISION_KEY, null, inputs(hazardCase.facts()));
        Grade grade = Grade.parse(unified.text("grade"));
        String legalClass = unified.text("legalClass");
        String localKey = LOCAL_PREFIX + hazardCase.facts().locationAdcode();
        Evaluation local = null;
        if (evaluator.isDeployed(localKey)) {
            local = evaluator.evaluate(caseNumber, localKey, null, localInputs(hazardCase.facts(), grade));
            Grade proposed = Grade.parse(local.text("grade"));
            if (proposed.isMoreSevereThan(grade)) {
                grade = proposed;
                legalClass = local.text("legalClass");
            } else if (grade.isMoreSevereThan(proposed)) {
                log.warn("Case {} local table {} v{} proposed grade {} below the unified {}: kept {}", caseNumber,
                        localKey, local.version(), proposed, grade, grade);
            }
        }
        hazardCase.recordAutomaticGrade(grade, legalClass);
        log.info("Case {} graded {} ({}) by {} v{}{}", caseNumber, grade, legalClass, DECISION_KEY,
                unified.version(), local == null ? "" : " and " + localKey + " v" + local.version());
        return new Result(hazardCase, unified, local);
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

    private static Map<String, Object> localInputs(HazardFacts facts, Grade unifiedGrade) {
        Map<String, Object> inputs = inputs(facts);
        inputs.put("hazardType", facts.type().name());
        inputs.put("unifiedGrade", unifiedGrade.name());
        HazardReportRequest.LOCAL_FACTS.forEach(name -> inputs.put(name, facts.localFacts().get(name)));
        return inputs;
    }

    /** The graded case and the evaluations it rests on; {@code local} is null without a local table. */
    record Result(HazardCase hazardCase, Evaluation unified, Evaluation local) {
    }
}
