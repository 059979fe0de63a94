package org.hazardbridge.audit.web;

import org.hazardbridge.audit.ResponsibilityChain;
import org.hazardbridge.audit.TraceDocument;
import org.hazardbridge.audit.TraceQueries;
import org.hazardbridge.audit.Verdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's trace (the export format the offline verifier reads), its verdict, and the chain of responsibility read
 * from it. Payloads are shown as stored, hidden values as their commitments; who may read which trace is decided
 * with the region authorizations of issue #4.
 */
@RestController
@RequestMapping("/api/hazards/{caseNumber}")
class TraceController {

    private final TraceQueries traces;

    TraceController(TraceQueries traces) {
        this.traces = traces;
    }

    @GetMapping("/trace")
    TraceDocument trace(@PathVariable String caseNumber) {
        return traces.export(caseNumber);
    }

    @GetMapping("/trace/verify")
    Verdict verify(@PathVariable String caseNumber) {
        return traces.verify(caseNumber);
    }

    @GetMapping("/responsibility")
    ResponsibilityChain responsibility(@PathVariable String caseNumber) {
        return traces.responsibility(caseNumber);
    }
}
