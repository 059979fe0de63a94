package org.hazardbridge.responsibility;

import java.util.List;
import java.util.Map;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.RegionRole;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.rules.DecisionOutcomeException;
import org.hazardbridge.rules.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splits responsibility: the jurisdiction table decides, for each affected region and from its relation to the
 * hazard, the region's role and duty. The geometry that found the relations ran when the case was registered.
 */
@Service
class ResponsibilitySplit {

    static final String DECISION_KEY = "jurisdiction";

    private static final Logger log = LoggerFactory.getLogger(ResponsibilitySplit.class);

    private final HazardCases cases;
    private final DecisionEvaluator evaluator;
    private final CaseTrace trace;

    ResponsibilitySplit(HazardCases cases, DecisionEvaluator evaluator, CaseTrace trace) {
        this.cases = cases;
        this.evaluator = evaluator;
        this.trace = trace;
    }

    @Transactional
    HazardCase split(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        for (CaseRegion region : hazardCase.regions()) {
            Evaluation evaluation = evaluator.evaluate(caseNumber, DECISION_KEY, region.adcode(),
                    inputs(hazardCase, region));
            RegionRole role = RegionRole.valueOf(evaluation.text("role"));
            hazardCase.assignRole(region.adcode(), role, (String) evaluation.single().get("duty"));
        }
        requireOnePrimary(hazardCase);
        trace.record(caseNumber, TraceAction.REGIONS_ASSIGNED, Map.of("regions", hazardCase.regions().stream()
                .map(r -> Map.of("adcode", r.adcode(), "role", r.role().name(),
                        "duty", r.duty() == null ? "" : r.duty()))
                .toList()));
        log.info("Case {} split: primary {}, co-responsible {}", caseNumber, withRole(hazardCase, RegionRole.PRIMARY),
                withRole(hazardCase, RegionRole.CO_RESPONSIBLE));
        return hazardCase;
    }

    /** The regions to notify, the primary first. */
    static List<String> notified(HazardCase hazardCase) {
        return hazardCase.adcodesWith(RegionRole::isNotified);
    }

    /** The regions that dispose and accept, the primary first. */
    static List<String> responsible(HazardCase hazardCase) {
        return hazardCase.adcodesWith(RegionRole::isResponsible);
    }

    private static Map<String, Object> inputs(HazardCase hazardCase, CaseRegion region) {
        return Map.of("hazardType", hazardCase.facts().type().name(), "isLocation", region.isLocation(),
                "withinRadius", region.withinRadius(), "downstream", region.downstream());
    }

    private static void requireOnePrimary(HazardCase hazardCase) {
        long primaries = hazardCase.regions().stream().filter(r -> r.role() == RegionRole.PRIMARY).count();
        if (primaries != 1) {
            throw new DecisionOutcomeException(DECISION_KEY + " named " + primaries + " primary regions for case "
                    + hazardCase.caseNumber() + " where exactly one is required");
        }
    }

    private static List<String> withRole(HazardCase hazardCase, RegionRole role) {
        return hazardCase.regions().stream().filter(r -> r.role() == role).map(CaseRegion::adcode).toList();
    }
}
