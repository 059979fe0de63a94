package org.hazardbridge.security;

import org.hazardbridge.common.Caller;
import org.hazardbridge.common.Callers;

import java.util.ArrayList;
import java.util.List;
import org.hazardbridge.common.NotFoundException;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cases the caller of the product's API may see: those they reported, those their region takes part in
 * (notified, primary or co-responsible, or the location) and, for supervisors, all. A case the caller may not see
 * is answered exactly like a case that does not exist, so guessing case numbers reveals nothing.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess {

    private static final Logger log = LoggerFactory.getLogger(CaseAccess.class);

    private final HazardCases cases;

    CaseAccess(HazardCases cases) {
        this.cases = cases;
    }

    /** The case, if the caller may see it; otherwise the same refusal as for an unknown case number. */
    public HazardCase visible(String caseNumber) {
        HazardCase hazardCase = cases.find(caseNumber).orElseThrow(() -> notFound(caseNumber));
        if (!canSee(hazardCase)) {
            log.warn("Case {} refused to {}: region not taking part", caseNumber, callerId());
            throw notFound(caseNumber);
        }
        return hazardCase;
    }

    public boolean canSee(HazardCase hazardCase) {
        return Callers.current().map(caller -> caller.userId().equals(hazardCase.reportedBy())
                || caller.takesPartIn(regionsOf(hazardCase))).orElse(false);
    }

    /** The regions taking part in a case: the location and every notified region. */
    public static List<String> regionsOf(HazardCase hazardCase) {
        List<String> regions = new ArrayList<>(List.of(hazardCase.facts().locationAdcode()));
        hazardCase.regions().stream().filter(r -> r.role() != null && r.role().isNotified())
                .map(CaseRegion::adcode).forEach(regions::add);
        return regions;
    }

    private static String callerId() {
        return Callers.current().map(Caller::userId).orElse("nobody");
    }

    private static NotFoundException notFound(String caseNumber) {
        return new NotFoundException("案件 " + caseNumber + " 不存在");
    }
}
