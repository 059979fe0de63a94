package org.hazardbridge.hazard.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.hazardbridge.hazard.CaseRegion;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.hazard.HazardReportRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/hazards}: reports a hazard and answers with its case number, grade and responsible regions. */
@RestController
@RequestMapping("/api/hazards")
class HazardReportController {

    private final HazardIntake intake;

    HazardReportController(HazardIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<ReportAnswer> report(@Valid @RequestBody HazardReportRequest request) {
        HazardCase hazardCase = intake.report(request);
        return ResponseEntity.created(URI.create("/api/hazards/" + hazardCase.caseNumber()))
                .body(ReportAnswer.of(hazardCase));
    }

    /** The answer to a report. */
    record ReportAnswer(String caseNumber, String grade, String legalClass, String status, String stage,
            List<RegionAnswer> regions, List<RegionAnswer> notifiedRegions) {

        static ReportAnswer of(HazardCase hazardCase) {
            List<CaseRegion> regions = hazardCase.regions();
            return new ReportAnswer(hazardCase.caseNumber(), hazardCase.grade().name(), hazardCase.legalClass(),
                    hazardCase.status().name(), hazardCase.stage().name(),
                    regions.stream().filter(r -> r.role().isResponsible()).map(RegionAnswer::of).toList(),
                    regions.stream().filter(r -> r.role().isNotified()).map(RegionAnswer::of).toList());
        }
    }

    /** A region's part in the case. */
    record RegionAnswer(String adcode, String name, String role, String duty) {

        static RegionAnswer of(CaseRegion region) {
            return new RegionAnswer(region.adcode(), region.name(), region.role().name(), region.duty());
        }
    }
}
