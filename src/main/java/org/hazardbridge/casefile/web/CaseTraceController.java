package org.hazardbridge.casefile.web;

import org.hazardbridge.audit.ResponsibilityChain;
import org.hazardbridge.audit.TraceDocument;
import org.hazardbridge.audit.TraceQueries;
import org.hazardbridge.audit.Verdict;
import org.hazardbridge.security.CaseAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's trace (the export format the offline verifier reads), its verdict, and the chain of responsibility read
 * from it, for the regions taking part in the case and supervisors. Payloads are shown as stored: hidden and
 * classified values only as their commitments, so the trace reveals nothing a viewer may not read.
 */
@RestController
@RequestMapping("/api/hazards/{caseNumber}")
class CaseTraceController {

    private final TraceQueries traces;
    private final CaseAccess access;

    CaseTraceController(TraceQueries traces, CaseAccess access) {
        this.traces = traces;
        this.access = access;
    }

    @GetMapping("/trace")
    TraceDocument trace(@PathVariable String caseNumber) {
        access.visible(caseNumber);
        return traces.export(caseNumber);
    }

    @GetMapping("/trace/verify")
    Verdict verify(@PathVariable String caseNumber) {
        access.visible(caseNumber);
        return traces.verify(caseNumber);
    }

    @GetMapping("/responsibility")
    ResponsibilityChain responsibility(@PathVariable String caseNumber) {
        access.visible(caseNumber);
        return traces.responsibility(caseNumber);
    }
}
