package org.hazardbridge.casefile.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hazardbridge.classification.CaseFields;
import org.hazardbridge.common.Callers;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.disposal.DisposalRecords;
import org.hazardbridge.evidence.Evidence;
import org.hazardbridge.hazard.CaseNotices;
import org.hazardbridge.hazard.CaseStatus;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.rules.DecisionEvaluator;
import org.hazardbridge.security.CaseAccess;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads cases the caller's region takes part in: one whole, or a list filtered by region and status. */
@RestController
@RequestMapping("/api/hazards")
class CaseFileController {

    private final HazardCases cases;
    private final DecisionEvaluator decisions;
    private final Evidence evidence;
    private final DisposalRecords disposals;
    private final CaseNotices notices;
    private final CaseAccess access;
    private final CaseFields fields;

    CaseFileController(HazardCases cases, DecisionEvaluator decisions, Evidence evidence,
            DisposalRecords disposals, CaseNotices notices, CaseAccess access, CaseFields fields) {
        this.fields = fields;
        this.notices = notices;
        this.access = access;
        this.cases = cases;
        this.decisions = decisions;
        this.evidence = evidence;
        this.disposals = disposals;
    }

    @GetMapping("/{caseNumber}")
    @Transactional
    public CaseFileView one(@PathVariable String caseNumber) {
        HazardCase hazardCase = access.visible(caseNumber);
        List<CaseFields.Shown> classified = fields.shownTo(Callers.current().orElseThrow(), caseNumber,
                CaseAccess.regionsOf(hazardCase), "API");
        return CaseFileView.of(hazardCase, classified, notices.of(hazardCase), decisions.recordsOf(caseNumber),
                evidence.of(caseNumber),
                disposals.disposalsOf(hazardCase), disposals.reviewsOf(hazardCase));
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<CaseSummary> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) String status) {
        return cases.search(blankToNull(region), status(status)).stream().filter(access::canSee)
                .map(CaseSummary::of).toList();
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "状态须为 OPEN 或 CLOSED"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One line of the case list. */
    record CaseSummary(String caseNumber, String status, String stage, String grade, String legalClass,
            String type, String title, String locationAdcode, String locationName, Instant reportedAt) {

        static CaseSummary of(HazardCase c) {
            return new CaseSummary(c.caseNumber(), c.status().name(), c.stage().name(),
                    c.grade() == null ? null : c.grade().name(), c.legalClass(), c.facts().type().name(),
                    c.facts().title(), c.facts().locationAdcode(), c.facts().locationName(), c.reportedAt());
        }
    }
}
