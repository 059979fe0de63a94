package org.hazardbridge.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Read by the BPMN's multi-instance collections ({@code ${caseRoutes.responsible(execution)}}): which regions get a
 * task, taken from the case record by the process's business key rather than from process variables, which a
 * task's holder could change through the engine's REST API.
 */
@Component("caseRoutes")
public class CaseRoutes {

    private final HazardCases cases;

    CaseRoutes(HazardCases cases) {
        this.cases = cases;
    }

    /** The notified regions, the primary first. */
    public List<String> notified(DelegateExecution execution) {
        return adcodes(execution, RegionRole::isNotified);
    }

    /** The regions that dispose and accept, the primary first. */
    public List<String> responsible(DelegateExecution execution) {
        return adcodes(execution, RegionRole::isResponsible);
    }

    private List<String> adcodes(DelegateExecution execution, Predicate<RegionRole> role) {
        return new ArrayList<>(cases.require(execution.getProcessBusinessKey()).adcodesWith(role));
    }
}
